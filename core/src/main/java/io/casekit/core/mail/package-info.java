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
 * Mail into cases: the {@link io.casekit.core.mail.InboundMailRouter} turns a parsed inbound mail
 * into a public comment of the case whose tracking token its subject carries, or into a new case,
 * and refuses, with a reason and without changing anything, what it cannot attribute safely.
 */
@NullMarked
package io.casekit.core.mail;

import org.jspecify.annotations.NullMarked;
