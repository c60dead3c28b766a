package org.onewindow.intake.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.onewindow.intake.AgentRole;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.IdType;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.Region;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.intake.UnifiedSocialCreditCode;
import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Reads one applicant and everything of theirs for the citizen file: who they are (masked), their cases and
 * one-time notices. A person's cases are all those they stood at the window for, as themselves or for an
 * enterprise (the case's {@code citizen}); an enterprise's are those it applied for. Served by the indexes on
 * {@code intake_case (citizen_id, ...)} and {@code (enterprise_id, accepted_at)}.
 */
@Component
class ApplicantQueries {

    private static final List<CaseStatus> ENDED = List.of(CaseStatus.CLOSED, CaseStatus.WITHDRAWN);

    private final EntityManager entityManager;
    private final CitizenRepository citizens;
    private final EnterpriseRepository enterprises;
    private final RegionTable regions;

    ApplicantQueries(EntityManager entityManager, CitizenRepository citizens, EnterpriseRepository enterprises,
            RegionTable regions) {
        this.entityManager = entityManager;
        this.citizens = citizens;
        this.enterprises = enterprises;
        this.regions = regions;
    }

    Optional<ApplicantSummary> summary(ApplicantRef ref) {
        return ref.type() == ApplicantType.PERSON ? citizens.findById(ref.id()).map(this::person)
                : enterprises.findById(ref.id()).map(this::enterprise);
    }

    List<ApplicantSummary> find(String idNumberOrCreditCode) {
        if (idNumberOrCreditCode == null || idNumberOrCreditCode.isBlank()) {
            return List.of();
        }
        List<ApplicantSummary> found = new ArrayList<>();
        // Every document type: the (id_type, id_number) key serves "id_type in (...) and id_number = ?".
        entityManager.createQuery("select c from CitizenEntity c where c.idType in :types and c.idNumber = :number "
                + "order by c.id", CitizenEntity.class)
                .setParameter("types", List.of(IdType.values()))
                .setParameter("number", ResidentIdNumber.normalize(idNumberOrCreditCode))
                .getResultStream().map(this::person).forEach(found::add);
        enterprises.findByCreditCode(UnifiedSocialCreditCode.normalize(idNumberOrCreditCode)).map(this::enterprise)
                .ifPresent(found::add);
        return found;
    }

    List<CaseDetails> cases(ApplicantRef ref, int limit) {
        return entityManager.createQuery("select c from CaseEntity c left join fetch c.enterprise where "
                + owner(ref) + " order by c.acceptedAt desc, c.id desc", CaseEntity.class)
                .setParameter("id", ref.id()).setMaxResults(Math.max(1, limit))
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    List<CaseDetails> openCases(ApplicantRef ref) {
        return entityManager.createQuery("select c from CaseEntity c left join fetch c.enterprise where "
                + owner(ref) + " and c.status not in :ended order by c.acceptedAt desc, c.id desc", CaseEntity.class)
                .setParameter("id", ref.id()).setParameter("ended", ENDED)
                .getResultStream().map(CaseEntity::toDetails).toList();
    }

    List<MaterialsNotice> notices(ApplicantRef ref) {
        return entityManager.createQuery("select n from MaterialsNoticeEntity n join n.caseEntity c where " + owner(ref)
                + " order by n.issuedAt desc, n.id desc", MaterialsNoticeEntity.class)
                .setParameter("id", ref.id()).setMaxResults(500)
                .getResultStream().map(MaterialsNoticeEntity::toNotice).toList();
    }

    String unmaskedIdentifier(ApplicantRef ref) {
        Optional<String> identifier = ref.type() == ApplicantType.PERSON
                ? citizens.findById(ref.id()).map(CitizenEntity::idNumber)
                : enterprises.findById(ref.id()).map(EnterpriseEntity::creditCode);
        return identifier.orElseThrow(() -> new NotFoundException(
                Translations.current("intake.error.applicantNotFound", ref.toPath())));
    }

    private static String owner(ApplicantRef ref) {
        return ref.type() == ApplicantType.PERSON ? "c.citizen.id = :id" : "c.enterprise.id = :id";
    }

    private ApplicantSummary person(CitizenEntity citizen) {
        var districts = regions.districts();
        Region district = districts.fromAddress(citizen.address())
                .or(() -> citizen.idType() == IdType.RESIDENT_ID ? districts.fromIdNumber(citizen.idNumber())
                        : Optional.empty())
                .orElse(null);
        List<ApplicantSummary.Relation> enterprisesActedFor = relations("""
                select e.id, e.name, e.creditCode, c.agentRole, count(c), max(c.acceptedAt)
                from CaseEntity c join c.enterprise e where c.citizen.id = :id
                group by e.id, e.name, e.creditCode, c.agentRole""", citizen.id(), ApplicantType.ENTERPRISE);
        return new ApplicantSummary(new ApplicantRef(ApplicantType.PERSON, citizen.id()), citizen.name(),
                citizen.idType(), IdNumbers.mask(citizen.idNumber()), IdNumbers.maskPhone(citizen.mobile()),
                citizen.address(), district, Translations.fromTag(citizen.preferredLanguage()), citizen.createdAt(),
                enterprisesActedFor);
    }

    private ApplicantSummary enterprise(EnterpriseEntity enterprise) {
        // Where the enterprise is, as its latest case found it (the address given then, or the code's region).
        Region district = entityManager
                .createQuery("select c.districtCode from CaseEntity c where c.enterprise.id = :id "
                        + "and c.districtCode is not null order by c.acceptedAt desc, c.id desc", String.class)
                .setParameter("id", enterprise.id()).setMaxResults(1).getResultStream().findFirst()
                .map(code -> regions.byCode().get(code))
                .or(() -> regions.districts().fromIdNumber(UnifiedSocialCreditCode.regionCode(enterprise.creditCode())))
                .orElse(null);
        List<ApplicantSummary.Relation> people = relations("""
                select p.id, p.name, p.idNumber, c.agentRole, count(c), max(c.acceptedAt)
                from CaseEntity c join c.citizen p where c.enterprise.id = :id
                group by p.id, p.name, p.idNumber, c.agentRole""", enterprise.id(), ApplicantType.PERSON);
        return new ApplicantSummary(new ApplicantRef(ApplicantType.ENTERPRISE, enterprise.id()), enterprise.name(),
                null,
                IdNumbers.mask(enterprise.creditCode()), null, null, district, null, enterprise.createdAt(), people);
    }

    private List<ApplicantSummary.Relation> relations(String jpql, long id, ApplicantType otherType) {
        return entityManager.createQuery(jpql, Object[].class).setParameter("id", id).getResultStream()
                .map(row -> new ApplicantSummary.Relation(new ApplicantRef(otherType, (Long) row[0]), (String) row[1],
                        IdNumbers.mask((String) row[2]), (AgentRole) row[3], ((Number) row[4]).longValue(),
                        (Instant) row[5]))
                .sorted(Comparator.comparing(ApplicantSummary.Relation::lastSeen).reversed())
                .toList();
    }
}
