package org.contrechamp.core.desk;

import java.util.List;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.review.ReviewKind;
import org.contrechamp.core.review.ReviewService;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;

/** Gathers the desk's counts from the services that hold them. */
public final class DeskStatusService {

    private final RecordCounts records;
    private final ReviewService review;
    private final Keyring keyring;
    private final AuditLog audit;
    private final DuplicateCount duplicates;

    public DeskStatusService(RecordCounts records, ReviewService review, Keyring keyring, AuditLog audit,
            DuplicateCount duplicates) {
        this.records = records;
        this.review = review;
        this.keyring = keyring;
        this.audit = audit;
        this.duplicates = duplicates;
    }

    public DeskStatus status() {
        RecordCounts.Counts counts = records.count();
        List<ReviewItem> open = review.open();
        int proposals = (int) open.stream().filter(i -> i.kind() == ReviewKind.PROPOSAL).count();
        List<TrustedKey> trusted = keyring.all().stream().filter(TrustedKey::isTrusted).toList();
        int coordinators = (int) trusted.stream().filter(TrustedKey::isCoordinator).count();
        return new DeskStatus(counts.live(), counts.drafts(), counts.removed(), open.size() - proposals, proposals,
                duplicates.open(), trusted.size(), coordinators, audit.list().size());
    }
}
