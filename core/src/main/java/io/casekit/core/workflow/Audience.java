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
package io.casekit.core.workflow;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Who a notification rule addresses. Written in definitions as {@code requester}, {@code contacts},
 * {@code authorisedContacts}, {@code owner}, {@code team}, {@code escalation:N} or {@code escalation}
 * (the level the case has reached).
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Audience {

    /** The case's contact (the requester). */
    Audience REQUESTER = new Requester();
    /** Every contact of the case's customer (each one's channel preferences decide whether it gets mail). */
    Audience CONTACTS = new Contacts();
    /** The authorised contacts of the case's customer (those who approve). */
    Audience AUTHORISED_CONTACTS = new AuthorisedContacts();
    /** The agent who owns the case, if an agent does. */
    Audience OWNER = new Owner();
    /** The members of the team that owns the case, if a team does. */
    Audience TEAM = new Team();

    /** The escalation contacts of the level the case has reached (none while it never escalated). */
    Audience REACHED_ESCALATION = new ReachedEscalation();

    /**
     * The escalation contacts of a level, written {@code escalation:N}.
     *
     * @param level the level, 1 or more
     * @return the audience
     */
    static Audience escalation(int level) {
        return new Escalation(level);
    }

    /** {@return whether this audience is made of the customer's contacts} */
    default boolean contacts() {
        return false;
    }

    /**
     * Reads the written form.
     *
     * @param text the written form, e.g. {@code owner} or {@code escalation:2}
     * @return the audience
     * @throws IllegalArgumentException naming the written forms
     */
    static Audience parse(String text) {
        requireNonNull(text, "audience");
        String value = text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "requester":
                return REQUESTER;
            case "contacts":
                return CONTACTS;
            case "authorisedcontacts":
                return AUTHORISED_CONTACTS;
            case "owner":
                return OWNER;
            case "team":
                return TEAM;
            case "escalation":
                return REACHED_ESCALATION;
            default:
                break;
        }
        if (value.startsWith("escalation:")) {
            try {
                return escalation(Integer.parseInt(value.substring("escalation:".length())));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("unknown recipients '" + text
                + "'; use requester, contacts, authorisedContacts, owner, team, escalation or escalation:N");
    }

    /** The case's contact. */
    record Requester() implements Audience {
        @Override
        public boolean contacts() {
            return true;
        }

        @Override
        public String toString() {
            return "requester";
        }
    }

    /** Every contact of the case's customer. */
    record Contacts() implements Audience {
        @Override
        public boolean contacts() {
            return true;
        }

        @Override
        public String toString() {
            return "contacts";
        }
    }

    /** The authorised contacts of the case's customer. */
    record AuthorisedContacts() implements Audience {
        @Override
        public boolean contacts() {
            return true;
        }

        @Override
        public String toString() {
            return "authorisedContacts";
        }
    }

    /** The owning agent. */
    record Owner() implements Audience {
        @Override
        public String toString() {
            return "owner";
        }
    }

    /** The owning team's members. */
    record Team() implements Audience {
        @Override
        public String toString() {
            return "team";
        }
    }

    /** The escalation contacts of a level (1 or more). @param level the level */
    record Escalation(int level) implements Audience {
        @Override
        public String toString() {
            return "escalation:" + level;
        }
    }

    /** The escalation contacts of the level the case has reached. */
    record ReachedEscalation() implements Audience {
        @Override
        public String toString() {
            return "escalation";
        }
    }
}
