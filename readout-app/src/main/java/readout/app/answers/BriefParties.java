package readout.app.answers;

import readout.analysis.brief.Parties;
import readout.analysis.brief.Party;
import readout.analysis.cluster.Clusters;
import readout.core.kb.Country;
import readout.core.kb.KnowledgeBase;
import readout.core.kb.Person;
import readout.core.kb.Tenure;
import readout.store.Queries;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sides of a brief's events, named for a reader: countries from the knowledge base, and the person an
 * event's reports name for a side, with the title the knowledge base gives them on the event's day.
 */
public final class BriefParties implements Parties {
    private final KnowledgeBase kb;
    private final Queries q;
    private final Map<Clusters.Cluster, List<Queries.EventActors>> actors = new java.util.IdentityHashMap<>();

    public BriefParties(KnowledgeBase kb, Queries q) {
        this.kb = kb;
        this.q = q;
    }

    @Override
    public Party country(String code) {
        Optional<Country> c = kb.country(code);
        if (c.isEmpty()) return Party.country(code, kb.displayName(code), null, null);
        Country k = c.get();
        return Party.country(code, k.name(), k.demonyms().isEmpty() ? null : k.demonyms().get(0),
                k.capital() == null || k.capital().isBlank() ? null : k.capital());
    }

    /** The person most of the event's mentions name for the side, when the knowledge base has them in its office that day. */
    @Override
    public Party in(Clusters.Cluster event, String code) {
        Party country = country(code);
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Tenure> held = new HashMap<>();
        for (Queries.EventActors a : actors(event)) {
            String name = code.equals(a.source()) ? a.sourceName() : code.equals(a.target()) ? a.targetName() : null;
            Optional<Person> p = kb.person(name);
            if (p.isEmpty()) continue;
            Optional<Tenure> t = p.get().roleOn(event.first());
            if (t.isEmpty() || !code.equals(t.get().country())) continue;
            votes.merge(p.get().name(), 1, Integer::sum);
            held.put(p.get().name(), t.get());
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> country.with(e.getKey(), kb.surname(kb.person(e.getKey()).orElseThrow()), held.get(e.getKey()).title()))
                .orElse(country);
    }

    private List<Queries.EventActors> actors(Clusters.Cluster event) {
        return actors.computeIfAbsent(event, e -> {
            try {
                return q.eventActors(e.all().stream().map(Clusters.Mention::eventId).toList());
            } catch (SQLException ex) {
                throw new IllegalStateException("cannot read the actors of an event: " + ex.getMessage(), ex);
            }
        });
    }
}
