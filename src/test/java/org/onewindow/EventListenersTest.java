package org.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

/**
 * OneWindow keeps no event publication registry: a listener's work commits with the event or not at all. A listener
 * that runs after the commit ({@code @ApplicationModuleListener} or any other {@code @TransactionalEventListener})
 * would lose its event when the node stops between the commit and the listener; whoever adds one must bring the
 * registry back (spring-modulith-starter-jpa and its table) and then change this test.
 */
class EventListenersTest {

    @Test
    void everyListenerRunsInTheBusinessTransaction() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> inTransaction = new ArrayList<>();
        List<String> afterCommit = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(OneWindowApplication.class.getPackageName())) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class)) {
                    afterCommit.add(type.getName() + "#" + method.getName());
                } else if (AnnotatedElementUtils.hasAnnotation(method, EventListener.class)) {
                    inTransaction.add(type.getName());
                }
            }
        }
        // The scan sees the listeners: the closing starts the follow-up in the closing's own transaction.
        assertThat(inTransaction).contains("org.onewindow.satisfaction.process.FollowUpStarter",
                "org.onewindow.notification.internal.CaseMessages");
        assertThat(afterCommit).as("listeners that run after the commit, with no registry to keep their events")
                .isEmpty();
    }
}
