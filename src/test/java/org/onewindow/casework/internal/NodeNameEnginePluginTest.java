package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

/** The job log and job locks name the node (ONEWINDOW_NODE_NAME) instead of the machine. */
class NodeNameEnginePluginTest {

    @Test
    void theJobLogAndTheLocksNameTheNode() {
        StandaloneInMemProcessEngineConfiguration configuration = configuration();
        NodeNameEnginePlugin plugin = new NodeNameEnginePlugin("node2");

        plugin.preInit(configuration);
        plugin.postInit(configuration);

        assertThat(configuration.getHostname()).isEqualTo("node2");
        assertThat(configuration.getJobExecutor().getLockOwner()).startsWith("node2/");
    }

    @Test
    void withoutANodeNameTheEnginesDefaultsStay() {
        StandaloneInMemProcessEngineConfiguration configuration = configuration();
        String lockOwner = configuration.getJobExecutor().getLockOwner();
        NodeNameEnginePlugin plugin = new NodeNameEnginePlugin(" ");

        plugin.preInit(configuration);
        plugin.postInit(configuration);

        assertThat(configuration.getHostname()).isNull();
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(lockOwner);
    }

    private static StandaloneInMemProcessEngineConfiguration configuration() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        return configuration;
    }
}
