package org.onewindow.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import com.vaadin.flow.server.VaadinServlet;

/**
 * The staff session as a real server hands it out (MockMvc has no session cookie): SameSite and HttpOnly, an idle
 * timeout that open tabs do not defeat, the login form's CSRF token in the page, and Camunda's REST API answering
 * a program with HTTP Basic but not a cookie session from another site, and the headers of OneWindow's pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-session;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true", "camunda.bpm.job-execution.enabled=false",
        "onewindow.notification.scheduler-enabled=false" })
class StaffSessionServerIntegrationTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(url("/login")).GET());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly");
    }

    @Test
    void withTheUnifiedSignInOffItsPathsOnlyLeadToTheLoginView() throws Exception {
        for (String path : List.of("/" + UnifiedSignInProperties.AUTHORIZATION_PATH,
                "/login/oauth2/code/" + UnifiedSignInProperties.REGISTRATION_ID + "?code=c&state=s")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(url(path)).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
    }

    @Test
    void idleSessionsEndAfterHalfAnHourAndOpenTabsDoNotKeepThemAlive() throws Exception {
        send(HttpRequest.newBuilder(url("/login")).GET());
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void oneWindowsPagesCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        String session = signIn("frontdesk", "demo");
        for (HttpResponse<String> page : List.of(send(HttpRequest.newBuilder(url("/login")).GET()),
                send(HttpRequest.newBuilder(url("/intake")).header("Cookie", "JSESSIONID=" + session).GET()))) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                            "frame-ancestors 'self'", "object-src 'none'");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void camundaRestApiAnswersBasicButNotACookieSessionFromAnotherSite() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> program = send(HttpRequest.newBuilder(url("/engine-rest/process-instance/count"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(program.statusCode()).isEqualTo(200);
        assertThat(program.body()).contains("\"count\"");

        String session = signIn("admin", "demo");
        HttpResponse<String> forged = send(HttpRequest.newBuilder(url("/engine-rest/process-instance/count"))
                .header("Cookie", "JSESSIONID=" + session).header("Origin", "http://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> withoutToken = send(HttpRequest.newBuilder(url("/engine-rest/process-instance/count"))
                .header("Cookie", "JSESSIONID=" + session).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        // The session is a signed-in one: it opens what needs no token.
        HttpResponse<String> read = send(HttpRequest.newBuilder(url("/engine-rest/engine"))
                .header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(read.statusCode()).isEqualTo(200);
    }

    /** Signs in through the login form as a browser does, with the CSRF token of the login page; the session id. */
    private String signIn(String username, String password) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).GET());
        Matcher session = SESSION.matcher(String.join(";", page.headers().allValues("Set-Cookie")));
        Matcher token = CSRF.matcher(page.body());
        assertThat(session.find()).isTrue();
        assertThat(token.find()).as("the login page carries the CSRF token for the form").isTrue();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(url("/login"))
                .header("Cookie", "JSESSIONID=" + session.group(1))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        Matcher renewed = SESSION.matcher(String.join(";", signedIn.headers().allValues("Set-Cookie")));
        return renewed.find() ? renewed.group(1) : session.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
