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
/**
 * The attachment contract: stream a file's bytes into an {@link io.casekit.spi.attachment.AttachmentStore}
 * under a hard size limit, with who uploaded it ({@link io.casekit.spi.attachment.AttachmentOrigin}),
 * read them back, find the {@link io.casekit.spi.attachment.StoredAttachment record}, and claim an
 * upload once for the case it is attached to; only the {@link io.casekit.spi.attachment.AttachmentMetadata}
 * lives with the case.
 */
@NullMarked
package io.casekit.spi.attachment;

import org.jspecify.annotations.NullMarked;
