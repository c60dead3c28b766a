package org.onewindow.demo;

import java.util.List;
import java.util.function.Supplier;

import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo hall and a few cases at different steps. Each step is done as the
 * demo account that would do it, through the same services as the screens.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoProperties properties;
    private final DirectoryService directory;
    private final CatalogService catalog;
    private final HolidayCalendarService holidays;
    private final CaseRegistrationService intake;
    private final TaskInboxService inbox;
    private final TaskWorkService work;
    private final UserDetailsService users;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final IndicatorSetService indicatorSets;

    DemoDataLoader(DemoProperties properties, DirectoryService directory, CatalogService catalog,
            HolidayCalendarService holidays,
            CaseRegistrationService intake, TaskInboxService inbox, TaskWorkService work, UserDetailsService users,
            TransactionTemplate transactions, Environment environment, IndicatorSetService indicatorSets) {
        this.properties = properties;
        this.directory = directory;
        this.catalog = catalog;
        this.holidays = holidays;
        this.intake = intake;
        this.inbox = inbox;
        this.work = work;
        this.users = users;
        this.transactions = transactions;
        this.environment = environment;
        this.indicatorSets = indicatorSets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || directory.hasDepartments()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            DemoAccounts.DEPARTMENTS.forEach(directory::createDepartment);
            DemoAccounts.ACCOUNTS.forEach(account -> directory.createStaff(new StaffAccount(account.username(),
                    account.nameZh(), account.nameEn(), null, account.username() + "@hall.example.gov.cn", null,
                    account.roles(), account.departments(), properties.password())));
            DemoCatalog.ITEMS.forEach(catalog::create);
        });
        loadHolidayCalendar();
        loadIndicatorSets();
        loadCasesInProgress();
        log.info("Demo data loaded: {} departments, {} accounts, {} service items.", DemoAccounts.DEPARTMENTS.size(),
                DemoAccounts.ACCOUNTS.size(), DemoCatalog.ITEMS.size());
    }

    /** The published 2026 schedule of public holidays and the statutory 2027 days (its schedule is not out yet). */
    private void loadHolidayCalendar() {
        for (int year : new int[] { 2026, 2027 }) {
            as("admin", () -> {
                try (var csv = new java.io.InputStreamReader(new org.springframework.core.io.ClassPathResource(
                        "demo/holidays-" + year + ".csv").getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                    return holidays.importYear(year, csv);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * The five dimensions asked so far stay version 1 of every channel (satisfaction-010); online requests have
     * moved on to the provincial specification's online indicators, so the demo shows a retired and a published
     * version side by side.
     */
    private void loadIndicatorSets() {
        as("admin", () -> {
            IndicatorSet draft = indicatorSets.createDraft(EvaluationChannel.ONLINE);
            indicatorSets.saveDraft(draft.id(), new IndicatorSetDraft("办事效率、办事指南精确度、办事便捷度、平台操作性（省级网上评价指标）",
                    List.of(new Indicator("EFFICIENCY", "办事效率", "Processing efficiency"),
                            new Indicator("GUIDE_ACCURACY", "办事指南精确度", "Accuracy of the guide"),
                            new Indicator("CONVENIENCE", "办事便捷度", "Convenience"),
                            new Indicator("USABILITY", "平台操作性", "Ease of use of the platform"))));
            return indicatorSets.publish(draft.id());
        });
    }

    /**
     * Two cases accepted at the window (which is their acceptance) and waiting at their lead departments, one of
     * them reviewed already; one online request waiting for its acceptance review in the front desk's queue; and one
     * window case missing its housing statement, waiting in the clerk's own acceptance review for the one-time notice.
     */
    private void loadCasesInProgress() {
        register("11010519491231002X", "Zhao Lan", "13800138000", "AMR-001",
                List.of("Application form", "Resident ID card of the operator", "Proof of business premises"),
                Channel.WINDOW);
        RegisteredCase company = register("440524198001010013", "Qian Ming", "13912345678", "AMR-003",
                List.of("Application form", "Articles of association", "ID cards of shareholders",
                        "Proof of registered address"),
                Channel.WINDOW);
        register("110101199003074477", "Sun Hua", "13698765432", "HRSS-001", List.of("Resident ID card"),
                Channel.ONLINE);
        register("320311197001010035", "Zhou Ping", "13511112222", "CIVIL-001",
                List.of("Application form", "Household register", "Income statements"), Channel.WINDOW);

        as("amr.worker", () -> {
            String task = queueTask(company.caseNumber());
            work.claim(task);
            work.submitOpinion(task, new StepOpinion("Name check passed; articles of association in order."));
            return null;
        });
    }

    private RegisteredCase register(String idNumber, String name, String mobile, String item, List<String> materials,
            Channel channel) {
        return as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID, idNumber, name, mobile,
                item, materials, null, channel)));
    }

    private String queueTask(String caseNumber) {
        List<InboxTask> tasks = inbox.departmentQueue(new InboxFilter(caseNumber, null, false), new PageRequest(0, 10));
        return tasks.get(0).taskId();
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return transactions.execute(status -> action.get());
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Tells the person who started the app where to go and how to sign in. */
    @EventListener(ApplicationReadyEvent.class)
    void printWelcome() {
        if (!properties.enabled()) {
            return;
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("""

                ================================================================
                 OneWindow is running: http://localhost:{}/
                 Demo accounts (password '{}'):
                   frontdesk        front desk (window)
                   amr.worker       case worker, Market Regulation Bureau
                   hrss.worker      case worker, Human Resources and Social Security
                   amr.head         department head, Market Regulation Bureau
                   manager          manager (all open cases)
                   admin            administrator (also Camunda Cockpit at /camunda/app/)
                   ...and <dept>.worker / <dept>.head for psb, civil, housing, natres
                ================================================================""", port, properties.password());
    }
}
