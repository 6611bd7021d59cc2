package mx.observa.review;

import java.util.List;

import mx.observa.index.IndexedFinding;
import mx.observa.model.FindingKind;

/**
 * How sure the understanding step was of a finding's kind and topics, from the evidence it kept for them (the words
 * that decided the kind, and for each topic the words or patterns that made its rule fire): a number from 0 (nothing
 * decided it) to 1. Observa's classifier is made of rules, so its margin is the evidence a decision rests on: a kind
 * no cue decided, an incident with no topic, then a kind or topic placed by a single word are what a person should
 * look at first. It is computed from what the store keeps of each finding, so it needs no change to the classifier.
 * The lower of the kind's and the topics' certainty is the finding's.
 */
public final class ClassifierCertainty {

    private ClassifierCertainty() {
    }

    /** The certainty of a legible finding's classification, from 0 to 1 (an illegible passage is not classified: 1). */
    public static double of(IndexedFinding f) {
        if (f.illegible()) {
            return 1.0;
        }
        var evidence = f.evidence();
        return Math.min(kind(f.kind(), f.kindEvidence()),
                topics(f.kind(), f.topics().stream().map(t -> evidence.getOrDefault(t, List.of())).toList()));
    }

    /**
     * The kind's: one cue 0.5, two 0.75, more 0.9; no cue at all 0.6 for context (the kind of a passage that judges
     * nothing, which is what most passages without a cue are) and 0.3 for any other kind.
     */
    static double kind(String kind, List<String> evidence) {
        return byEvidence(evidence.size(), FindingKind.CONTEXTO.id().equals(kind) ? 0.6 : 0.3);
    }

    /**
     * The topics' (each topic's evidence words): the weakest topic's (one word 0.5, two 0.75, more 0.9; a topic
     * without words counts as sure: nothing of the rules is in doubt); an incident with no topic 0.3 (it cannot be counted under any aspect of the consultation);
     * any other finding without topics 1 (there is nothing to doubt).
     */
    static double topics(String kind, List<List<String>> evidence) {
        if (evidence.isEmpty()) {
            return FindingKind.INCIDENCIA.id().equals(kind) ? 0.3 : 1.0;
        }
        return evidence.stream().mapToDouble(words -> words.isEmpty() ? 1.0 : byEvidence(words.size(), 0.5)).min().orElse(1.0);
    }

    private static double byEvidence(int cues, double none) {
        return switch (cues) {
            case 0 -> none;
            case 1 -> 0.5;
            case 2 -> 0.75;
            default -> 0.9;
        };
    }
}
