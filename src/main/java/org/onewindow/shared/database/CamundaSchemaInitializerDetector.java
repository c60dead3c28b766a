package org.onewindow.shared.database;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link CamundaSchema} initialises the database, so that everything depending on an
 * initialised database (the process engine, see {@link ProcessEngineDependsOnDatabaseInitializationDetector}) waits
 * for it. Registered in {@code META-INF/spring.factories}.
 */
class CamundaSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(CamundaSchema.class);
    }
}
