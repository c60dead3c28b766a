package org.onewindow.directory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onewindow.directory.PasswordChange;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least {@link PasswordChange#MIN_LENGTH} characters (and at most
 * {@link PasswordChange#MAX_LENGTH}, within BCrypt's 72 bytes), not containing the user name, and not one of the
 * common passwords in {@code directory/common-passwords.txt} (the most used passwords, keyboard and number runs,
 * and the favourites of Chinese users such as {@code woaini1314}); names and the list are compared regardless of
 * case. Each refusal has its own message ({@link Refusal#messageKey()}).
 */
@Component
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "directory/common-passwords.txt";

    /** BCrypt ignores what follows its first 72 bytes; Spring's encoder refuses longer passwords outright. */
    static final int MAX_BYTES = 72;

    /** Why a password is refused. */
    public enum Refusal {
        TOO_SHORT, TOO_LONG, CONTAINS_USERNAME, COMMON;

        public String messageKey() {
            return "directory.password.error." + name();
        }
    }

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** The first rule {@code password} breaks for the account {@code username}, or empty when it is acceptable. */
    public Optional<Refusal> check(String username, String password) {
        if (password.codePointCount(0, password.length()) < PasswordChange.MIN_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (password.length() > PasswordChange.MAX_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Refusal.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // A name of one or two letters would refuse too much when contained; it is refused when it is all.
        if (!name.isEmpty() && (name.length() >= 3 ? lower.contains(name) : lower.equals(name))) {
            return Optional.of(Refusal.CONTAINS_USERNAME);
        }
        if (common.contains(lower)) {
            return Optional.of(Refusal.COMMON);
        }
        return Optional.empty();
    }

    /** How many common passwords the list holds (for its test). */
    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    passwords.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
