package org.onewindow.directory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Repository;

import jakarta.persistence.EntityManager;

/**
 * What the import sets on the accounts it opened beyond what opening one sets, as a few bulk updates instead of a
 * load and a save per account: the password is temporary (to be changed at the first sign-in, as the first
 * administrator's setup code is), and the language each person reads their e-mails in.
 */
@Repository
class ImportedAccounts {

    /** Names per statement: well within every database's limit of bound parameters. */
    private static final int CHUNK = 500;

    private final EntityManager entityManager;

    ImportedAccounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void passwordsTemporary(List<String> usernames, Instant at) {
        for (List<String> chunk : chunks(usernames)) {
            entityManager.createQuery("update StaffEntity s set s.mustChangePassword = true, "
                    + "s.passwordChangedAt = :at where s.username in :names")
                    .setParameter("at", at).setParameter("names", chunk).executeUpdate();
        }
    }

    void prefer(List<String> usernames, Locale language) {
        for (List<String> chunk : chunks(usernames)) {
            entityManager.createQuery("update StaffEntity s set s.preferredLanguage = :language "
                    + "where s.username in :names")
                    .setParameter("language", Translations.supported(language).toLanguageTag())
                    .setParameter("names", chunk).executeUpdate();
        }
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }
}
