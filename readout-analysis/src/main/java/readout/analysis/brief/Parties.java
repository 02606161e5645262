package readout.analysis.brief;

import readout.analysis.cluster.Clusters;

/** Who the sides are, for the reader: from the knowledge base and the names events carry. */
public interface Parties {
    /** The polity as a country. */
    Party country(String code);

    /** The polity in an event: the person its reports name acting for it, with their title on the day. */
    default Party in(Clusters.Cluster event, String code) {
        return country(code);
    }
}
