package org.onewindow.casework.internal;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names the node in the engine's records of its jobs: the history's job log ({@code act_hi_job_log.hostname_},
 * Cockpit's job log) says which node ran a job, and a job's lock ({@code act_ru_job.lock_owner_}) which node holds
 * it. Camunda's default is the machine's host name, the same for every node on one machine, and a random lock owner.
 * Without {@code ONEWINDOW_NODE_NAME} the defaults stay.
 */
@Component
class NodeNameEnginePlugin extends AbstractProcessEnginePlugin {

    private final String nodeName;

    NodeNameEnginePlugin(@Value("${ONEWINDOW_NODE_NAME:}") String nodeName) {
        this.nodeName = nodeName.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty()) {
            configuration.setHostname(nodeName);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty() && configuration.getJobExecutor() != null) {
            // Unique even if two nodes were given one name by mistake: a lock owner must be one executor's own.
            configuration.getJobExecutor().setLockOwner(nodeName + "/" + UUID.randomUUID());
        }
    }
}
