package org.contrechamp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.desk.DeskStatus;
import org.contrechamp.core.provenance.Person;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.provenance.VolunteerSummary;

/** The JSON forms of the desk's answers: audit entries, provenance, volunteers, the desk's counts. */
final class DeskJson {

    private DeskJson() {
    }

    static ObjectNode decision(Decision d) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("id", d.id());
        o.put("at", d.at().toString());
        o.set("by", person(d.actorKey(), d.actorName()));
        o.put("kind", d.kind().code());
        ArrayNode records = o.putArray("records");
        d.records().forEach(id -> records.add(id.toString()));
        if (d.key() != null) {
            o.put("key", d.key());
        }
        if (d.reviewItem() > 0) {
            o.put("reviewItem", d.reviewItem());
        }
        if (d.detail() != null) {
            o.set("detail", parsed(d.detail()));
        }
        o.put("comment", d.comment());
        return o;
    }

    static ObjectNode provenance(RecordProvenance p) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("id", p.id().toString());
        o.put("deleted", p.deleted());
        o.set("author", person(p.author()));
        o.put("surveyedOn", p.surveyedOn() == null ? null : p.surveyedOn().toString());
        ArrayNode surveyors = o.putArray("surveyors");
        p.surveyors().forEach(s -> surveyors.add(person(s)));
        ArrayNode bundles = o.putArray("bundles");
        for (RecordProvenance.BundleTrip b : p.bundles()) {
            ObjectNode t = bundles.addObject();
            t.put("bundle", b.bundleId());
            t.put("direction", b.received() ? "received" : "sent");
            t.set("signer", person(b.signer()));
            t.put("seq", b.seq());
            t.put("at", b.at().toString());
        }
        ArrayNode changes = o.putArray("changes");
        for (RecordProvenance.ChangeStep c : p.changes()) {
            ObjectNode n = changes.addObject();
            n.put("revision", c.revision());
            n.put("kind", c.kind());
            n.put("at", c.at().toString());
            n.set("by", c.author() == null ? null : person(c.author()));
            n.put("how", c.how());
            n.put("bundle", c.bundleId());
            ArrayNode fields = n.putArray("fields");
            c.fields().forEach(fields::add);
            n.put("decision", c.decision());
            // "comment" as before (the first), "comments" all of them
            n.put("comment", c.comments().isEmpty() ? null : c.comments().get(0).text());
            ArrayNode comments = n.putArray("comments");
            c.comments().forEach(k -> comments.add(k.text()));
            ArrayNode commentsBy = n.putArray("commentsBy");
            c.comments().forEach(k -> commentsBy.add(k.by() == null ? null : person(k.by())));
            ArrayNode answers = n.putArray("answers");
            c.answers().forEach(a -> answers.addObject().put("revision", a.revision()).put("outcome", a.outcome()));
            ArrayNode joined = n.putArray("joined");
            c.joined().forEach(j -> joined.add(person(j)));
            ArrayNode notTaken = n.putArray("notTaken");
            for (RecordProvenance.NotTaken v : c.notTaken()) {
                ObjectNode t = notTaken.addObject();
                t.put("field", v.name());
                t.put("value", v.value());
                t.set("from", person(v.from()));
            }
        }
        ArrayNode reviews = o.putArray("reviews");
        for (RecordProvenance.ReviewStep r : p.reviews()) {
            ObjectNode n = reviews.addObject();
            n.put("item", r.item());
            n.put("reason", r.reason());
            n.set("by", person(r.signer()));
            n.put("at", r.detectedAt().toString());
            n.put("confirmation", r.confirmation());
            n.put("decidedAt", r.decidedAt() == null ? null : r.decidedAt().toString());
            n.put("declined", r.declined());
            n.put("comment", r.comment());
        }
        ArrayNode decisions = o.putArray("decisions");
        p.decisions().forEach(d -> decisions.add(decision(d)));
        o.put("mergedInto", p.mergedInto() == null ? null : p.mergedInto().toString());
        ArrayNode merged = o.putArray("merged");
        p.merged().forEach(m -> merged.add(provenance(m)));
        ArrayNode problems = o.putArray("problems");
        p.problems().forEach(problems::add);
        return o;
    }

    static ObjectNode volunteer(VolunteerSummary v) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.set("who", person(v.person()));
        o.put("role", v.role());
        o.put("status", v.status());
        o.put("bundles", v.bundles());
        o.put("records", v.records());
        o.put("confirmations", v.confirmations());
        o.put("duplicates", v.duplicates());
        return o;
    }

    static ObjectNode desk(DeskStatus s) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("records", s.records());
        o.put("drafts", s.drafts());
        o.put("removed", s.removed());
        o.put("conflicts", s.conflicts());
        o.put("proposals", s.proposals());
        o.put("duplicates", s.duplicates());
        o.put("volunteers", s.volunteers());
        o.put("coordinators", s.coordinators());
        o.put("decisions", s.decisions());
        return o;
    }

    private static ObjectNode person(Person p) {
        ObjectNode o = person(p.key(), p.name());
        o.put("self", p.self());
        return o;
    }

    private static ObjectNode person(String key, String name) {
        ObjectNode o = JsonOutput.MAPPER.createObjectNode();
        o.put("key", key);
        o.put("name", name);
        return o;
    }

    /** A detail the code wrote as JSON is given as JSON; anything else as the text it is. */
    private static JsonNode parsed(String detail) {
        try {
            return JsonOutput.MAPPER.readTree(detail);
        } catch (java.io.IOException notJson) {
            return JsonOutput.MAPPER.getNodeFactory().textNode(detail);
        }
    }
}
