package com.complaintbook.escalation;

import com.complaintbook.kit.test.ContractTypesNamed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer side of the commands' contract, while escalation sends nothing: {@code EscalateComplaint}
 * comes with the deadline watcher. The day escalation's code names a command type, this fails, and
 * is to be replaced by a test that sends every shape of that command through the real publisher and
 * checks each record with the kit's {@code ContractSchemas}, as routing's {@code SentCommandsContractTest} does.
 */
class SentCommandsContractTest {

    @Test
    void escalationSendsNoCommandThatNoTestChecks() {
        assertThat(ContractTypesNamed.commandTypes(getClass().getPackageName()))
                .as("command types escalation names, each to be checked against the contracts before it is sent")
                .isEmpty();
    }
}
