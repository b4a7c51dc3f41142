/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.core.cases.internal;

import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.core.change.internal.Violations;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.OpenCase;
import io.casekit.spi.attachment.AttachmentId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a command's own constraints (Jakarta Validation annotations on its fields), and its
 * attachment ids against the {@link AttachmentPolicy} (how many, none twice); what the ids name is
 * checked against the attachment store when the command is loaded ({@link Uploads}). Messages are
 * interpolated without an expression language, so no EL implementation is needed and no input is
 * ever evaluated. Thread-safe.
 */
final class CommandValidator {

    private final Validator validator;
    private final AttachmentPolicy attachmentPolicy;

    CommandValidator(AttachmentPolicy attachmentPolicy) {
        this.attachmentPolicy = attachmentPolicy;
        ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Throws a validation error listing every violated constraint, if any. */
    void check(CaseCommand command) {
        Set<ConstraintViolation<CaseCommand>> found = validator.validate(command);
        Violations violations = new Violations(command.getClass().getSimpleName());
        for (ConstraintViolation<CaseCommand> v : found) {
            violations.add(field(v.getPropertyPath()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage());
        }
        StorableText.check((Record) command, violations);
        List<AttachmentId> attachments = attachmentsOf(command);
        checkAttachments(attachments, violations);
        violations.throwIfAny();
    }

    private static List<AttachmentId> attachmentsOf(CaseCommand command) {
        if (command instanceof OpenCase open) {
            return open.attachments();
        }
        if (command instanceof AddComment comment) {
            return comment.attachments();
        }
        return List.of();
    }

    /** At most the policy's number of files, no file twice. */
    private void checkAttachments(List<AttachmentId> attachments, Violations violations) {
        if (attachments.size() > attachmentPolicy.maxFiles()) {
            violations.add("attachments", "MaxFiles", attachments.size() + " files, the limit is " + attachmentPolicy.maxFiles());
        }
        Set<AttachmentId> seen = new HashSet<>();
        for (int i = 0; i < attachments.size(); i++) {
            AttachmentId attachment = attachments.get(i);
            if (attachment != null && !seen.add(attachment)) { // a null is reported by @NotNull
                violations.add("attachments[" + i + "]", "Distinct", "file " + attachment.value() + " is attached twice");
            }
        }
    }

    /** The field path as a user reads it: {@code title}, {@code customFields[releasedIn]}. */
    private static String field(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
            if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
        }
        return out.toString();
    }
}
