package io.casekit.core.cases;

/**
 * Something an actor asks Casekit to do with a case. Each command is an immutable record whose
 * fields carry Jakarta Validation constraints; {@link CaseService#execute} checks them, then the
 * rules of the case's workflow definition, then the actor's rights, and only then changes the case.
 */
public sealed interface CaseCommand permits OpenCase, CaseCommand.OnCase {

    /** The longest code (case type, priority, status reason, stage) a command may carry. */
    int MAX_CODE = 64;

    /** The longest title. */
    int MAX_TITLE = 200;

    /** The longest description or comment. */
    int MAX_TEXT = 50_000;

    /** Control characters that no text may contain (tab, line feed and carriage return are allowed in long texts). */
    String NO_CONTROL_CHARACTERS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    /** At least one character that is not white space (for optional values, which may be absent). */
    String NOT_BLANK = "(?s).*\\S.*";

    /** No control characters at all, for one-line texts. */
    String SINGLE_LINE = "[^\\x00-\\x1F\\x7F]*";

    /** A command on an existing case. */
    sealed interface OnCase extends CaseCommand
            permits ChangeTitle,
                    ChangeDescription,
                    ChangePriority,
                    ChangeCaseType,
                    SetCustomField,
                    ChangeStatus,
                    MoveStage,
                    AddComment,
                    Assign,
                    Resolve,
                    Close,
                    Cancel,
                    Reopen {

        /** The case the command applies to. */
        io.casekit.spi.model.CaseId caseId();
    }
}
