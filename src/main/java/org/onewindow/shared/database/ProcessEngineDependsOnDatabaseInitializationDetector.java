package org.onewindow.shared.database;

import java.util.Set;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The process engine starts only after the database is initialised: Camunda's tables by {@link CamundaSchema} and
 * OneWindow's by Liquibase. Without this an engine with its schema auto-update off could start on missing tables.
 * Registered in {@code META-INF/spring.factories}.
 */
class ProcessEngineDependsOnDatabaseInitializationDetector
        extends
            AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
