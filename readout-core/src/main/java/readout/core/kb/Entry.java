package readout.core.kb;

/**
 * What a name in the trie refers to.
 *
 * @param kind    what sort of referent
 * @param code    ISO alpha-3 for countries, demonyms and metonyms; organisation code for organisations
 * @param role    role for metonyms and national organisations (GOV, MIL, MED, ...); null otherwise
 * @param name    canonical name
 * @param country ISO alpha-3 of a national organisation; null for international ones
 * @param person  the person, for PERSON entries
 * @param acronym the name is written in capitals ("US", "WHO") and must match exactly
 */
public record Entry(Kind kind, String code, String role, String name, String country, Person person,
                   boolean acronym) {

    /**
     * What sort of referent. GROUP: a people, ethnic or religious ("Kurds", "Shiites"; organizations.tsv kind
     * ETH), coded by its own code alone or after a country named just before it ("Iraqi Kurds": IRQKUR).
     * PLACE: a city of the gazetteer that is no other name, coded as its country ("struck Kharkiv": UKR).
     */
    public enum Kind { COUNTRY, DEMONYM, METONYM, ORGANIZATION, PERSON, GROUP, PLACE }
}
