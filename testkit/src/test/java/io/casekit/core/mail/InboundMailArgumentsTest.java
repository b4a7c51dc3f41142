package io.casekit.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.casekit.testkit.support.NullArguments;
import org.junit.jupiter.api.Test;

/** A null argument to an inbound mail or its attachment's description is refused naming the field. */
class InboundMailArgumentsTest {

    @Test
    void aNullOrBlankArgumentIsRefusedNamingItsParameter() {
        assertThat(new NullArguments().problems(InboundMail.class, AttachmentInfo.class)).isEmpty();
    }

    @Test
    void theMessageSaysWhatIsWrong() {
        assertThatNullPointerException().isThrownBy(() -> new InboundMail("anna@acme.test", null, "text"))
                .withMessage("subject must not be null");
    }
}
