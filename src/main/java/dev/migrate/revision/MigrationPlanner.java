package dev.migrate.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a target and the database's current heads into the steps that reach it (upgrade, downgrade) or into the
 * rows the version table should hold (stamp). Pure: no database, no files.
 */
public final class MigrationPlanner {

    private final RevisionGraph graph;

    public MigrationPlanner(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The steps that apply every revision the target needs and the database lacks, parents first. */
    public Plan upgrade(String targetText, Set<String> current) {
        Target target = Target.parse(targetText);
        if (target instanceof Target.Relative r && r.steps() < 0) {
            throw new InvalidTargetException("Upgrade target '" + r.text() + "' moves backwards; use "
                    + "'mvn migrate:downgrade -Dmigrate.target=" + r.text() + "' to revert revisions.");
        }
        Set<String> targets = resolve(target, current);
        Set<String> applied = graph.ancestors(current);
        Set<String> pending = new LinkedHashSet<>(graph.ancestors(targets));
        pending.removeAll(applied);
        List<Step> steps = new ArrayList<>();
        Set<String> heads = Set.copyOf(current);
        // Heads move one revision at a time; recomputing them from the whole set per step was quadratic.
        Set<String> running = graph.headsOf(applied);
        for (Revision revision : graph.topologicalOrder(pending)) {
            Set<String> after = graph.headsAfterApplying(running, revision);
            steps.add(new Step(revision, Direction.UPGRADE, heads, after));
            heads = after;
            running = after;
        }
        return new Plan(steps, heads);
    }

    /** The steps that revert every applied revision above the target, children first. */
    public Plan downgrade(String targetText, Set<String> current) {
        Target target = Target.parse(targetText);
        Set<String> applied = graph.ancestors(current);
        Set<String> revert;
        if (target instanceof Target.Base) {
            revert = new LinkedHashSet<>(applied);
        } else if (target instanceof Target.Relative r) {
            if (r.steps() > 0) {
                throw new InvalidTargetException("Downgrade target '" + r.text() + "' moves forwards; use "
                        + "'mvn migrate:upgrade -Dmigrate.target=" + r.text() + "' to apply revisions.");
            }
            String lowest = walkBackFromCurrent(r, current);
            revert = new LinkedHashSet<>(graph.descendants(Set.of(lowest)));
            revert.retainAll(applied);
        } else {
            Set<String> keep = resolve(target, current);
            for (String id : keep) {
                if (!applied.contains(id)) {
                    throw new NotAnAncestorException(id, current);
                }
            }
            revert = new LinkedHashSet<>(graph.descendants(keep));
            revert.retainAll(applied);
            revert.removeAll(keep);
        }
        List<Revision> order = graph.topologicalOrder(revert);
        Collections.reverse(order);
        List<Step> steps = new ArrayList<>();
        Set<String> state = new HashSet<>(applied);
        Set<String> heads = Set.copyOf(current);
        Set<String> running = graph.headsOf(state);
        for (Revision revision : order) {
            state.remove(revision.id());
            Set<String> after = graph.headsAfterReverting(running, revision, state);
            steps.add(new Step(revision, Direction.DOWNGRADE, heads, after));
            heads = after;
            running = after;
        }
        return new Plan(steps, heads);
    }

    /**
     * The version-table rows after stamping {@code target}: the target's heads, plus current heads on branches the
     * target does not touch.
     */
    public Set<String> stamp(String targetText, Set<String> current) {
        Target target = Target.parse(targetText);
        if (target instanceof Target.Base) {
            return Set.of();
        }
        Set<String> targets;
        if (target instanceof Target.Relative r && r.steps() < 0) {
            String lowest = walkBackFromCurrent(r, current);
            targets = new LinkedHashSet<>(graph.get(lowest).parents());
        } else {
            targets = resolve(target, current);
        }
        Set<String> keep = new LinkedHashSet<>(current);
        keep.removeAll(graph.ancestors(targets));
        keep.removeAll(graph.descendants(targets));
        keep.addAll(targets);
        return graph.headsOf(graph.ancestors(keep));
    }

    /** Resolves a target to the revisions it names (empty for base), relative targets from {@code current}. */
    public Set<String> resolve(String targetText, Set<String> current) {
        return resolve(Target.parse(targetText), current);
    }

    private Set<String> resolve(Target target, Set<String> current) {
        if (target instanceof Target.Head h) {
            return Set.of(singleHead(h.text(), graph.heads()));
        }
        if (target instanceof Target.Heads) {
            return new LinkedHashSet<>(graph.heads());
        }
        if (target instanceof Target.Base) {
            return Set.of();
        }
        if (target instanceof Target.Current) {
            return Set.copyOf(current);
        }
        if (target instanceof Target.BranchHead b) {
            return Set.of(branchHead(b));
        }
        if (target instanceof Target.Relative r) {
            if (r.steps() < 0) {
                String lowest = walkBackFromCurrent(r, current);
                return new LinkedHashSet<>(graph.get(lowest).parents());
            }
            return Set.of(walkForwardFromCurrent(r, current));
        }
        return reference((Target.Reference) target);
    }

    private Set<String> reference(Target.Reference ref) {
        if (ref.steps() == 0) {
            return Set.of(graph.lookup(ref.reference()).id());
        }
        try {
            return Set.of(graph.lookup(ref.text()).id()); // a label such as release-2 wins over "release" minus 2
        } catch (UnknownRevisionException notAWholeName) {
            String start = graph.lookup(ref.reference()).id();
            if (ref.steps() > 0) {
                return Set.of(walkForward(start, ref.steps(), ref.text()));
            }
            String lowest = walkBack(start, -ref.steps() - 1, ref.text());
            return new LinkedHashSet<>(graph.get(lowest).parents());
        }
    }

    private String singleHead(String text, List<String> heads) {
        if (heads.isEmpty()) {
            throw new InvalidTargetException("Target '" + text + "' names no revision: there are no revision files"
                    + " yet. Create one with 'mvn migrate:revision -Dmigrate.message=\"...\"'.");
        }
        if (heads.size() > 1) {
            throw new MultipleHeadsException(text, heads);
        }
        return heads.get(0);
    }

    private String branchHead(Target.BranchHead target) {
        Revision start = graph.labelled(target.branch());
        if (start == null) {
            start = graph.lookup(target.branch());
        }
        Set<String> descendants = graph.descendants(Set.of(start.id()));
        List<String> heads = graph.heads().stream().filter(descendants::contains).toList();
        return singleHead(target.text(), heads);
    }

    private String walkForwardFromCurrent(Target.Relative r, Set<String> current) {
        if (current.size() > 1) {
            throw new AmbiguousWalkException("Relative target '" + r.text() + "' is ambiguous: the database is at "
                    + "several heads (" + String.join(", ", graph.inFileOrder(current)) + "). Name the start, e.g. '"
                    + graph.inFileOrder(current).get(0) + r.text() + "'.");
        }
        if (current.isEmpty()) {
            List<String> bases = graph.bases();
            if (bases.isEmpty()) {
                throw new InvalidTargetException("Target '" + r.text() + "' names no revision: there are no revision"
                        + " files yet.");
            }
            if (bases.size() > 1) {
                throw new AmbiguousWalkException("Relative target '" + r.text() + "' is ambiguous: there are several "
                        + "base revisions (" + String.join(", ", bases) + "). Name the revision to reach.");
            }
            return walkForward(bases.get(0), r.steps() - 1, r.text());
        }
        return walkForward(current.iterator().next(), r.steps(), r.text());
    }

    private String walkForward(String start, long steps, String text) {
        String at = start;
        for (long i = 0; i < steps; i++) {
            List<String> next = graph.children(at);
            if (next.isEmpty()) {
                throw new InvalidTargetException("Relative target '" + text + "' goes past the head: revision " + at
                        + " is a head after " + i + " of " + steps + " steps. Use 'head' or a smaller number.");
            }
            if (next.size() > 1) {
                throw new AmbiguousWalkException("Relative target '" + text + "' is ambiguous: revision " + at
                        + " is a branch point into " + String.join(", ", next) + ". Name the revision to reach"
                        + " instead.");
            }
            at = next.get(0);
        }
        return at;
    }

    /** The lowest revision to revert for {@code -N}: the N-th one going back from the single current head. */
    private String walkBackFromCurrent(Target.Relative r, Set<String> current) {
        if (current.isEmpty()) {
            throw new InvalidTargetException("Relative target '" + r.text() + "' cannot go back: the database is at"
                    + " base (no revision applied).");
        }
        if (current.size() > 1) {
            throw new AmbiguousWalkException("Relative target '" + r.text() + "' is ambiguous: the database is at "
                    + "several heads (" + String.join(", ", graph.inFileOrder(current)) + "). Name the revision to "
                    + "go back to instead.");
        }
        return walkBack(current.iterator().next(), -r.steps() - 1, r.text());
    }

    private String walkBack(String start, long steps, String text) {
        String at = start;
        for (long i = 0; i < steps; i++) {
            List<String> parents = graph.get(at).parents();
            if (parents.isEmpty()) {
                throw new InvalidTargetException("Relative target '" + text + "' goes below base: revision " + at
                        + " is a base after " + (i + 1) + " steps. Use 'base' or a smaller number.");
            }
            if (parents.size() > 1) {
                throw new AmbiguousWalkException("Relative target '" + text + "' is ambiguous: revision " + at
                        + " is a merge point of " + String.join(", ", parents) + ". Name the revision to go back to"
                        + " instead.");
            }
            at = parents.get(0);
        }
        return at;
    }
}
