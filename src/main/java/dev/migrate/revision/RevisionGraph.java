package dev.migrate.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The revisions as a directed acyclic graph: parents ({@code Revises:}), dependencies ({@code Depends On:}), heads,
 * bases and branch labels. Built once per run and checked on construction: duplicate ids, missing parents, cycles.
 */
public final class RevisionGraph {

    private final Map<String, Revision> revisions;
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final List<String> heads;
    private final List<String> bases;

    private RevisionGraph(Map<String, Revision> revisions) {
        this.revisions = revisions;
        int index = 0;
        for (Revision revision : revisions.values()) {
            fileOrder.put(revision.id(), index++);
            children.put(revision.id(), new ArrayList<>());
            dependents.put(revision.id(), new ArrayList<>());
        }
        for (Revision revision : revisions.values()) {
            for (String parent : revision.parents()) {
                if (!revisions.containsKey(parent)) {
                    throw new MissingParentException(revision, parent, RevisionFileParser.REVISES);
                }
                children.get(parent).add(revision.id());
            }
            for (String dependency : revision.dependsOn()) {
                if (!revisions.containsKey(dependency)) {
                    throw new MissingParentException(revision, dependency, RevisionFileParser.DEPENDS_ON);
                }
                dependents.get(dependency).add(revision.id());
            }
            for (String label : revision.branchLabels()) {
                String other = labels.putIfAbsent(label, revision.id());
                if (other != null) {
                    throw new RevisionException("Branch label '" + label + "' is used by two revisions: " + other
                            + " (" + revisions.get(other).displayFile() + ") and " + revision.id() + " ("
                            + revision.displayFile() + "). A label names one branch; rename one of them.");
                }
            }
        }
        checkAcyclic();
        this.heads = revisions.keySet().stream().filter(id -> children.get(id).isEmpty()).toList();
        this.bases = revisions.values().stream().filter(Revision::isBase).map(Revision::id).toList();
    }

    /** Builds and checks the graph of {@code revisions}, given in file order. */
    public static RevisionGraph of(List<Revision> revisions) {
        Map<String, Revision> byId = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            Revision previous = byId.putIfAbsent(revision.id(), revision);
            if (previous != null) {
                throw new DuplicateRevisionException(revision.id(), previous, revision);
            }
        }
        return new RevisionGraph(byId);
    }

    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    public int size() {
        return revisions.size();
    }

    /** Every revision in file order. */
    public Collection<Revision> all() {
        return Collections.unmodifiableCollection(revisions.values());
    }

    public boolean contains(String id) {
        return revisions.containsKey(id);
    }

    /** The revision with exactly this id; fails when there is none. */
    public Revision get(String id) {
        Revision revision = revisions.get(id);
        if (revision == null) {
            throw new UnknownRevisionException(id);
        }
        return revision;
    }

    /** Resolves an exact id, a branch label or a unique id prefix, in that order. */
    public Revision lookup(String reference) {
        Revision exact = revisions.get(reference);
        if (exact != null) {
            return exact;
        }
        String labelled = labels.get(reference);
        if (labelled != null) {
            return revisions.get(labelled);
        }
        List<Revision> candidates = revisions.values().stream().filter(r -> r.id().startsWith(reference)).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw new UnknownRevisionException(reference);
        }
        throw new AmbiguousRevisionException(reference, candidates);
    }

    /** The revision carrying a branch label, if any. */
    public Revision labelled(String label) {
        String id = labels.get(label);
        return id == null ? null : revisions.get(id);
    }

    /** Revisions no other revision revises, in file order. */
    public List<String> heads() {
        return heads;
    }

    /** Revisions that revise nothing, in file order. */
    public List<String> bases() {
        return bases;
    }

    /** Revisions that revise {@code id}. */
    public List<String> children(String id) {
        return Collections.unmodifiableList(children.get(id));
    }

    public boolean isBranchPoint(String id) {
        return children.get(id).size() > 1;
    }

    /** {@code ids} and everything they need: parents and dependencies, transitively. */
    public Set<String> ancestors(Collection<String> ids) {
        return closure(ids, id -> {
            Revision r = revisions.get(id);
            List<String> next = new ArrayList<>(r.parents());
            next.addAll(r.dependsOn());
            return next;
        });
    }

    /** {@code ids} and everything that needs them: children and dependents, transitively. */
    public Set<String> descendants(Collection<String> ids) {
        return closure(ids, id -> {
            List<String> next = new ArrayList<>(children.get(id));
            next.addAll(dependents.get(id));
            return next;
        });
    }

    private Set<String> closure(Collection<String> start, Function<String, List<String>> edges) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(edges.apply(id));
            }
        }
        return seen;
    }

    /**
     * The revisions of {@code subset} in an order where every revision comes after its parents and dependencies;
     * among revisions free to go, the older file first.
     */
    public List<Revision> topologicalOrder(Set<String> subset) {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparing(fileOrder::get));
        for (String id : subset) {
            Revision r = revisions.get(id);
            int count = 0;
            for (String need : needs(r)) {
                if (subset.contains(need)) {
                    count++;
                }
            }
            waiting.put(id, count);
            if (count == 0) {
                ready.add(id);
            }
        }
        List<Revision> ordered = new ArrayList<>(subset.size());
        while (!ready.isEmpty()) {
            String id = ready.poll();
            ordered.add(revisions.get(id));
            for (String next : dependentsAndChildren(id)) {
                if (subset.contains(next) && waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return ordered;
    }

    /** The members of {@code applied} that no other member revises: what the version table holds. */
    public Set<String> headsOf(Set<String> applied) {
        Set<String> result = new LinkedHashSet<>();
        for (Revision r : topologicalOrder(applied)) {
            result.add(r.id());
            r.parents().forEach(result::remove);
        }
        return result;
    }

    /**
     * The heads once {@code revision} is applied on top of {@code heads}, the heads of an ancestor-closed set that
     * holds everything the revision needs: the same as {@link #headsOf} of the grown set, in constant time per step.
     */
    public Set<String> headsAfterApplying(Set<String> heads, Revision revision) {
        Set<String> after = new LinkedHashSet<>(heads);
        revision.parents().forEach(after::remove);
        after.add(revision.id());
        return after;
    }

    /**
     * The heads once {@code revision}, one of {@code heads}, is reverted, {@code remaining} being the applied set
     * without it: its parents become heads again unless another remaining revision still revises them.
     */
    public Set<String> headsAfterReverting(Set<String> heads, Revision revision, Set<String> remaining) {
        Set<String> after = new LinkedHashSet<>(heads);
        after.remove(revision.id());
        for (String parent : revision.parents()) {
            if (remaining.contains(parent) && children.get(parent).stream().noneMatch(remaining::contains)) {
                after.add(parent);
            }
        }
        return after;
    }

    private List<String> needs(Revision r) {
        if (r.dependsOn().isEmpty()) {
            return r.parents();
        }
        List<String> all = new ArrayList<>(r.parents());
        all.addAll(r.dependsOn());
        return all;
    }

    private List<String> dependentsAndChildren(String id) {
        List<String> deps = dependents.get(id);
        if (deps.isEmpty()) {
            return children.get(id);
        }
        List<String> all = new ArrayList<>(children.get(id));
        all.addAll(deps);
        return all;
    }

    private void checkAcyclic() {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String root : revisions.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> iterators = new ArrayDeque<>();
            path.push(root);
            iterators.push(needs(revisions.get(root)).iterator());
            state.put(root, 1);
            while (!path.isEmpty()) {
                Iterator<String> it = iterators.peek();
                if (!it.hasNext()) {
                    state.put(path.pop(), 2);
                    iterators.pop();
                    continue;
                }
                String next = it.next();
                Integer s = state.get(next);
                if (s == null) {
                    state.put(next, 1);
                    path.push(next);
                    iterators.push(needs(revisions.get(next)).iterator());
                } else if (s == 1) {
                    List<Revision> cycle = new ArrayList<>();
                    for (String id : path) {
                        cycle.add(revisions.get(id));
                        if (id.equals(next)) {
                            break;
                        }
                    }
                    Collections.reverse(cycle);
                    throw new CycleDetectedException(cycle);
                }
            }
        }
    }

    /** Whether the set holds only known revisions; the unknown ones otherwise. */
    public Set<String> unknown(Collection<String> ids) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : ids) {
            if (!revisions.containsKey(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /** Ids in file order; ids no file declares come last, alphabetically. */
    public List<String> inFileOrder(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new HashSet<>(ids));
        sorted.sort(Comparator.comparing((String id) -> fileOrder.getOrDefault(id, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder()));
        return sorted;
    }
}
