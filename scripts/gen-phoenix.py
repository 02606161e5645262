#!/usr/bin/env python3
"""Generates Readout knowledge-base files from the Phoenix/PETRARCH2 dictionaries.

Reads   Phoenix.agents.txt, Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
        Phoenix.MilNonState.actors.txt (openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf,
        MIT licence, Copyright (c) 2014 Open Event Data)
writes  readout-core/src/main/resources/kb/phoenix-agents.tsv         agent nouns -> role codes
        readout-core/src/main/resources/kb/phoenix-people.tsv         people with dated roles, 1990-2014
        readout-core/src/main/resources/kb/phoenix-organizations.tsv  IGOs, NGOs, armed groups, state bodies

Usage: scripts/gen-phoenix.py [DICTIONARY_DIR] [--out DIR]
       (DICTIONARY_DIR defaults to ../shared/reference-data/petrarch2 from the repository root)

Python 3 standard library only. The output is deterministic (sorted rows, no time stamps). Every row
ends with its provenance, "file:line" of the dictionary line it came from.

People: terms that end in 1990 or later; a term Phoenix leaves open (">date") is known only up to the
dictionary's release (CountryInfo.140130, so it ends on 2014-01-30); nothing is imported after 2014.

Precedence: Readout's hand-curated files win. A name already in countries.tsv, country-extras.tsv,
organizations.tsv or people.tsv is not written again; a Phoenix person who is also in people.tsv is
written under the people.tsv name with only the parts of their Phoenix terms that fall before 2015 and
outside every people.tsv term of theirs. The loader (KnowledgeBase.java) applies the same rules again
at load time, so a hand row added later wins without regenerating.

Code mapping (Phoenix -> Readout), also listed in the header of each generated file:
  * Country codes are ISO 3166-1 alpha-3 as in countries.tsv, except these old or private codes:
    ROM->ROU (Romania), ZAR->COD (Zaire), TMP->TLS (East Timor), KSV->XKX (Kosovo),
    DDR->DEU (East Germany), CSK->CZE (Czechoslovakia), SUN->RUS and USR->RUS (Soviet Union;
    Russia is its continuator, as GDELT and ICEWS code it), YUG/FRY/SCG/SER->SRB (Yugoslavia and
    Serbia and Montenegro; Serbia is the continuator), SRP->BIH (Republika Srpska lies in Bosnia),
    KRJ->HRV (Serbian Krajina lies in Croatia). Codes that are neither (regions such as MEA, SAS, WEU,
    the fictional KNT of PETRARCH's test suite, sub-national codes) are skipped.
  * Roles: the first three letters of the Phoenix role part (GOVMIL -> GOV, REBMUS -> REB);
    ELI (former officials, "elites") is not imported: Readout gives a person out of office their country
    and no role. Religion and ethnicity secondary codes (MUS, CHR, ...) are dropped.
  * International organisations: Phoenix "IGO" + region/role segments + body code maps to Readout's
    IGO codes: UN bodies -> UNO except those Readout codes on their own (WHO, IAE, WBK, IMF, WFP,
    HCR -> UNHCR, KID -> UNICEF); EUREEC -> EEC, WSTNAT -> NAT, SEAASN -> ASN, AFRAFU and OAU -> AFU,
    SCE -> OSC, GOE -> G8; any other specific body keeps its Phoenix segment (e.g. CRB, SAD, ILO).
    IGO codes naming only a region (IGOLAM, IGOEUR) are skipped. IGO terms inside
    Phoenix.Countries.actors.txt (six-month EU Council presidencies of national leaders) are skipped.
  * Armed non-state groups: IMG... -> IMG (as organizations.tsv codes ISIS and al-Qaeda), kind REB;
    country + REB -> that country's REB.
  * NGOs: a specific body segment (NGOHRIAMN -> AMN, NGOHLHIRC -> IRC) or a country segment
    (NGOUSAHLH -> USANGO); bare NGO, NGOHRI, NGODEV ... are skipped (no way to tell one NGO from another).
  * Multinational companies (MNC) are not imported.
"""
import argparse
import os
import re
import sys
import unicodedata
from datetime import date

SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
FLOOR = date(1990, 1, 1)   # people: terms that end before this are not imported
CUTOFF = date(2014, 12, 31)  # people.tsv is authoritative from 2015 on

COUNTRY_MAP = {
    "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX", "DDR": "DEU", "CSK": "CZE",
    "SUN": "RUS", "USR": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB", "SER": "SRB",
    "SRP": "BIH", "KRJ": "HRV", "PAL": "PSE",
}
# the date of the CountryInfo release behind Phoenix.Countries.actors.txt: an open term ("in office
# since") is known only up to here
DICTIONARY_DATE = date(2014, 1, 30)
# from here on CountryInfo holds whole cabinets; before it, heads of state and government
LISTS_FROM = date(2003, 1, 1)
# roles a person's term may carry in Readout (Tenure.role)
PERSON_ROLES = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "COP", "SPY", "PTY"}
# roles an agent noun may give (CAMEO role codes)
AGENT_ROLES = {"GOV", "MIL", "REB", "OPP", "JUD", "COP", "LEG", "MED", "BUS", "CVL", "REF", "EDU", "HLH",
               "LAB", "AGR", "REL", "ENV", "SPY", "UAF", "CRM", "ELI", "PTY", "NGO", "HRI", "DEV", "RAD"}
# roles a national body may have
ORG_ROLES = {"GOV", "MIL", "LEG", "JUD", "OPP", "REB", "COP", "SPY", "PTY", "MED", "BUS"}
# segments of IGO/NGO codes that name a sector, a region or a religion, not a body
ROLE_SEGMENTS = {"GOV", "MIL", "REB", "OPP", "JUD", "COP", "LEG", "MED", "BUS", "CVL", "REF", "EDU", "HLH",
                 "LAB", "AGR", "REL", "ENV", "SPY", "UAF", "CRM", "ELI", "PTY", "HRI", "DEV", "RAD", "NGO",
                 "IGO", "MNC", "INT"}
REGION_SEGMENTS = {"EUR", "WST", "SEA", "AFR", "MEA", "LAM", "ASA", "SAS", "CAS", "NAF", "WAF", "EAF", "SAF",
                   "CAF", "NAM", "SAM", "ARB", "SCN", "CRB", "EEU", "WEU", "BLK", "PGS", "CFR", "NMR", "EIN",
                   "KKL", "ANG", "GZA"}
RELIGION_SEGMENTS = {"MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "PRO", "MOS", "SHI", "SUN", "SIK", "BAH", "ORT",
                     "CPT", "DRZ", "SFI", "ALE", "JAN", "CON", "TAO", "ZRO", "ATH", "ITR", "LDS", "JHW", "MRN",
                     "NRM", "PAG", "SHN", "UDX", "HSD", "ADR", "DOX", "TAM", "KUR", "UIG"}
# Phoenix IGO body segment -> Readout organisation code
IGO_MAP = {"UNO": "UNO", "EEC": "EEC", "NAT": "NAT", "ASN": "ASN", "IAE": "IAE", "WHO": "WHO", "WBK": "WBK",
           "IMF": "IMF", "WFP": "WFP", "HCR": "UNHCR", "KID": "UNICEF", "AFU": "AFU", "OAU": "AFU",
           "ARL": "ARL", "GCC": "GCC", "OAS": "OAS", "SCE": "OSC", "OSC": "OSC", "ICC": "ICC", "ICJ": "ICJ",
           "OPC": "OPC", "WAS": "WAS", "CIS": "CIS", "OIC": "OIC", "COE": "COE", "ADB": "ADB", "WTO": "WTO",
           "GOE": "G8", "APE": "APE"}
# UN bodies that keep their own code in Readout; every other UN body is UNO
UN_OWN = {"WHO", "IAE", "WBK", "IMF", "WFP", "HCR", "KID"}
# an alias or name holding one of these words is a title or a description, not a name
TITLE_TOKENS = {"president", "prime", "minister", "premier", "chancellor", "king", "queen", "prince", "leader",
                "secretary", "general", "chief", "chairman", "spokesman", "spokeswoman", "ambassador",
                "governor", "mr", "mrs", "ms", "dr", "former", "vice", "deputy", "head", "commander", "envoy",
                "party", "of", "the", "mayor", "senator", "sheikh", "emir", "ayatollah", "foreign", "defense",
                "defence", "representative", "sen", "rep", "gen", "col", "lt", "capt", "sir"}
# words that make a record an institution rather than a person
INSTITUTION_TOKENS = {"authority", "government", "ministry", "council", "assembly", "parliament", "party",
                      "force", "forces", "army", "police", "court", "committee", "commission", "front",
                      "movement", "office", "bank", "agency", "national", "republic", "kingdom", "state",
                      "states", "union", "organization", "organisation", "group", "brigade", "brigades",
                      "task", "guard", "guards", "service", "services", "navy", "corps", "militia", "league",
                      "federation", "association", "alliance", "congress", "senate", "cabinet", "regime",
                      "administration", "department", "institute", "center", "centre", "foundation",
                      "network", "fund", "program", "programme", "mission", "tribunal", "secretariat",
                      "monitor", "delegation", "coalition", "council's", "board", "bureau", "legislature",
                      "troops", "security", "intelligence", "opposition", "rebels", "prime", "minister",
                      "president", "leader", "spokesman", "media", "radio", "television", "news", "agency",
                      "kurdistan", "regional"}
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "by", "with", "against", "des", "de", "la",
               "le", "du", "da", "del", "pour", "et", "y", "e", "di", "a"}
LOWER_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "do", "dos", "das", "du", "van", "von", "der",
                   "den", "la", "le", "y", "abu"}

HEADER = """# Readout knowledge base: {what}
# Generated by scripts/gen-phoenix.py — do not edit; put corrections in the hand-curated files ({hand}), which win.
# Source: Phoenix/PETRARCH2 dictionaries, openeventdata/petrarch2 @ {commit} ({files}).
# Licence: MIT, Copyright (c) 2014 Open Event Data (see NOTICE).
# Code mapping: ROM->ROU ZAR->COD TMP->TLS KSV->XKX DDR->DEU CSK->CZE SUN,USR->RUS YUG,FRY,SCG,SER->SRB SRP->BIH KRJ->HRV;
#   roles are the first three letters of Phoenix's role part; ELI and religion/ethnicity codes dropped; see scripts/gen-phoenix.py.
# {columns}
"""


def fail(msg):
    print("gen-phoenix: " + msg, file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------- reading the dictionaries

def strip_comment(line):
    """The part of a dictionary line before a '#' or ';' comment."""
    cut = len(line)
    for ch in "#;":
        i = line.find(ch)
        if i >= 0:
            cut = min(cut, i)
    return line[:cut]


def read_actor_records(path):
    """Records of a TABARI/PETRARCH actor file, as PETRARCH's reader groups them: name lines (a primary
    phrase, then '+' synonyms; further uncoded primary phrases join the same record) followed by code
    lines. Returns dicts: names [(line, text)], codes [(line, code_text)], primary_line, comment."""
    records = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#") or line.startswith("<!"):
                continue
            if "---STOP---" in line:
                break
            if line[0] in "\t " and "[" in line:
                if cur is not None:
                    body = strip_comment(line)
                    cur["comment"] += line[len(body):]
                    for m in re.finditer(r"\[([^\]]*)\]", body):
                        cur["codes"].append((n, m.group(1).strip()))
                continue
            body = strip_comment(line)
            codes = [m.group(1).strip() for m in re.finditer(r"\[([^\]]*)\]", body)]
            name = re.sub(r"\[[^\]]*\]", "", body).strip()
            synonym = name.startswith("+")
            if synonym:
                name = name[1:].strip()
            if cur is None or (not synonym and cur["codes"]):
                cur = {"names": [], "codes": [], "primary_line": n, "comment": line[len(body):]}
                records.append(cur)
            else:
                cur["comment"] += line[len(body):]
            if name:
                cur["names"].append((n, name))
            for c in codes:
                cur["codes"].append((n, c))
    return records


def parse_date(s):
    s = s.strip()
    if not s.isdigit():
        return None
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy < 30 else 1900 + yy
        rest = s[2:]
    elif len(s) == 8:
        year = int(s[:4])
        rest = s[4:]
    else:
        return None
    try:
        return date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        return None


def parse_code(text):
    """(code, start, end, dated) of a code restriction: 'RUSGOV 910710-991231', 'AFGGOV >011222',
    'IRQ <20030320', 'AFGELI'. start/end None when open; dated False for a default code; None when the
    restriction cannot be read."""
    parts = text.split(None, 1)
    if not parts:
        return None
    code = parts[0]
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not rest:
        return code, None, None, False
    rest = rest.replace(" ", "")
    if rest.startswith(">"):
        d = parse_date(rest[1:])
        return (code, d, None, True) if d else None
    if rest.startswith("<"):
        d = parse_date(rest[1:])
        return (code, None, d, True) if d else None
    if "-" in rest:
        a, b = rest.split("-", 1)
        da, db = parse_date(a), parse_date(b)
        if da and db and da <= db:
            return code, da, db, True
        return None
    d = parse_date(rest)  # a single date: PETRARCH reads it as a default; treat it as a start
    return (code, d, None, True) if d else None


def split_country(code, countries):
    """(iso3, rest) for a code that starts with a country Readout knows, after mapping old codes."""
    head = code[:3]
    iso = COUNTRY_MAP.get(head, head)
    if iso in countries:
        return iso, code[3:]
    return None, code


def segments(code):
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def igo_code(code, countries):
    """Readout organisation code for a Phoenix IGO code, or None."""
    segs = [s for s in segments(code[3:]) if len(s) == 3]
    if not segs:
        return None
    if segs[0] == "UNO":
        for s in segs[1:]:
            if s in UN_OWN:
                return IGO_MAP[s]
        return "UNO"
    body = [s for s in segs if s not in ROLE_SEGMENTS and s not in REGION_SEGMENTS and s not in RELIGION_SEGMENTS
            and re.fullmatch(r"[A-Z]{3}", s) and (s in IGO_MAP or s not in countries)]
    if not body:
        return None
    return IGO_MAP.get(body[-1], body[-1])


# ---------------------------------------------------------------- names

def phrase_text(phrase):
    """'BORIS_N._YELTSIN_' -> 'BORIS N. YELTSIN' (upper case kept; cased later)."""
    t = phrase.replace("_", " ")
    t = re.sub(r"\([^)]*\)", " ", t)  # parenthetical acronyms "(ETA)" are not names
    t = re.sub(r"\s+", " ", t).strip(" ,")
    return t


def case_name(text, org=False):
    """Title case for display: 'BASHAR AL-ASSAD' -> 'Bashar al-Assad', "O'NEILL" -> "O'Neill"; for
    organisations also 'UN BODIES' -> 'UN Bodies', 'FRONT FOR THE ...' -> 'Front for the ...'."""
    if text != text.upper():
        return text  # already mixed case in the source
    words = []
    for i, w in enumerate(text.split(" ")):
        if org and ("." in w.strip(".") or (len(w) == 2 and w.isalpha() and w.lower() not in LOWER_PARTICLES
                                           and w.lower() not in SMALL_WORDS)):
            words.append(w)  # "U.N.", "UN", "EU": abbreviations keep their capitals
            continue
        if org and i > 0 and w.lower() in SMALL_WORDS:
            words.append(w.lower())
            continue
        parts = re.split(r"([-'’])", w.lower())
        out = []
        for j, p in enumerate(parts):
            if p in "-'’" or not p:
                out.append(p)
                continue
            lower_ok = (i > 0 or j > 0) and p in LOWER_PARTICLES and j + 1 < len(parts) and parts[j + 1] == "-"
            lower_ok = lower_ok or (i > 0 and p in LOWER_PARTICLES and j == 0 and len(parts) == 1)
            if j > 0 and parts[j - 1] in "'’" and p == "s":
                lower_ok = True  # "Syria's"
            out.append(p if lower_ok else p[:1].upper() + p[1:])
        words.append("".join(out))
    return " ".join(words)


def norm(text):
    """Comparison key of a name: lower case, accents, dots and hyphens removed."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[.\-’'`]", " ", t)
    return " ".join(t.split())


def tokens_of(text):
    return [w for w in re.split(r"[\s]+", norm(text)) if w]


def good_person_name(text):
    toks = tokens_of(text)
    if len(toks) < 2 or len(toks) > 6:
        return False
    if any(t in TITLE_TOKENS or t in INSTITUTION_TOKENS for t in toks):
        return False
    if not re.fullmatch(r"[A-Za-zÀ-ÿĀ-žḀ-ỿ .'’\-]+", text):
        return False
    if len(text.split(" ")[0].rstrip(".")) <= 1 and not text.split(" ")[0].endswith("."):
        return False  # "K ANNAN"
    return True


# Names of bodies that many states have: Phoenix files each under one country (the US National Security
# Council and Joint Chiefs of Staff, East Germany's Ministry for State Security), but in copy about Korea
# they are Korea's. Left out, so that the text's own country words decide.
SHARED_BODY_NAMES = {"national security council", "national security staff", "joint chiefs of staff",
                     "ministry for state security", "national front"}


def good_org_name(text):
    toks = tokens_of(text)
    if not toks or len(toks) > 12:
        return False
    if text.strip().lower() in SHARED_BODY_NAMES:
        return False
    if not re.search(r"[A-Za-z]", text):
        return False
    if len(toks) == 1:
        w = text.strip()
        # one word: an acronym of 3-5 capitals, or a distinctive word of 5+ letters
        return bool(re.fullmatch(r"[A-Z][A-Z0-9&]{2,4}", w)) or len(w) >= 5
    return True


# ---------------------------------------------------------------- hand-curated files

def read_tsv_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            content = line.rstrip("\n")
            h = content.find(" #")
            if h >= 0:
                content = content[:h]
            rows.append((n, content.split("\t")))
    return rows


def read_roles(kb):
    """roles.tsv: the hand-curated role nouns, lemma -> role."""
    return {f[0].strip().lower(): f[1].strip() for _, f in read_tsv_rows(os.path.join(kb, "roles.tsv")) if len(f) > 1}


def read_hand(kb):
    """Names Readout already knows (normalised), countries, and people.tsv people with their terms."""
    names = set()
    countries = set()
    for _, f in read_tsv_rows(os.path.join(kb, "countries.tsv")):
        countries.add(f[0])
        for col in (2, 3, 4, 5):
            if col < len(f):
                for a in f[col].split(";"):
                    if a.strip():
                        names.add(norm(a))
    for _, f in read_tsv_rows(os.path.join(kb, "country-extras.tsv")):
        if len(f) > 2:
            names.add(norm(f[2]))
    for _, f in read_tsv_rows(os.path.join(kb, "organizations.tsv")):
        names.add(norm(f[1]))
        if len(f) > 2:
            for a in f[2].split(";"):
                if a.strip():
                    names.add(norm(a))
    people = {}  # canonical name -> {"keys": set, "terms": [(from, to)]}
    key_to_person = {}
    for _, f in read_tsv_rows(os.path.join(kb, "people.tsv")):
        name = f[0].strip()
        p = people.setdefault(name, {"keys": set(), "terms": []})
        p["keys"].add(norm(name))
        for a in (f[1].split(";") if len(f) > 1 else []):
            if a.strip():
                p["keys"].add(norm(a))
        start = date.fromisoformat(f[5].strip())
        end = date.fromisoformat(f[6].strip()) if len(f) > 6 and f[6].strip() else None
        p["terms"].append((start, end))
    for name, p in people.items():
        for k in p["keys"]:
            names.add(k)
            key_to_person.setdefault(k, name)
    return names, countries, people, key_to_person


def subtract(term, others):
    """Parts of (start, end) outside every (s, e) in others; end None means open."""
    pieces = [term]
    for s, e in others:
        nxt = []
        for a, b in pieces:
            bb = b or date.max
            ee = e or date.max
            if bb < s or ee < a:
                nxt.append((a, b))
                continue
            if a < s:
                nxt.append((a, date.fromordinal(s.toordinal() - 1)))
            if ee < bb:
                nxt.append((date.fromordinal(ee.toordinal() + 1), b))
        pieces = nxt
    return pieces


def merge_terms(terms):
    """Merges overlapping or adjacent terms with the same (country, role, title)."""
    out = []
    for t in sorted(terms, key=lambda x: (x[0], x[1], x[2], x[3], x[5])):
        if out:
            p = out[-1]
            if p[:3] == t[:3] and t[3].toordinal() <= p[4].toordinal() + 1:
                if t[4] > p[4]:
                    out[-1] = (p[0], p[1], p[2], p[3], t[4], p[5])
                continue
        out.append(t)
    return out


# ---------------------------------------------------------------- agents

# heads that name a body of people but no role of their own: a modifier gives them one ("armed group",
# "death squad", "militant cell"); other heads that name no role are places or things ("military base",
# "cargo ship"), no side of an event
# one word of an agent phrase
AGENT_WORD = r"[a-z][a-z'\-]*"
COLLECTIVES = {"group", "band", "gang", "squad", "unit", "cell", "faction", "outfit", "crew", "mob"}


def lemmas_of(w):
    """The lemmas a parser may give a dictionary form: itself, and the singular of a plural-only entry."""
    if w.endswith("men"):
        return [w, w[:-3] + "man"]              # "ARMED_MEN", "GUNMEN"
    if w.endswith("ies") and len(w) > 5:
        return [w, w[:-3] + "y"]                # "MINISTRIES"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 4:
        return [w, w[:-1]]                      # "TAXPAYERS"
    return [w]


def read_agents(path, hand_roles, stats):
    """
    (lemma, role, phoenix_code, provenance) for agent nouns of one word, and for a modifier and its head where
    the two name a role the head alone does not ("armed men", "secret police", "armed group").
    """
    subst = {}
    rows = {}
    phrases = []
    fname = os.path.basename(path)
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#") or line.startswith("<!"):
                continue
            body = line.split("#", 1)[0]
            m = re.match(r"\s*!([A-Z]+)!\s*=\s*(.+)$", body)
            if m:
                subst[m.group(1)] = [x.strip() for x in m.group(2).split(",") if x.strip()]
                continue
            m = re.match(r"\s*(.+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", body)
            if not m:
                continue
            stats["agent lines"] += 1
            phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
            if not code.startswith("~"):
                stats["agents skipped: prefix code (NGO~, IGO~)"] += 1
                continue
            role = code[1:4]
            if role not in AGENT_ROLES:
                stats["agents skipped: role not mapped (PPL, religion codes, IMG)"] += 1
                continue
            forms = [phrase]
            mm = re.search(r"!([A-Z]+)!", phrase)
            if mm:
                forms = [phrase.replace(mm.group(0), s) for s in subst.get(mm.group(1), [])]
            if plural and plural.strip("{} "):
                forms += plural.strip("{} ").split()
            for form in forms:
                w = form.strip().rstrip("_").lower().replace("_", " ")
                if re.fullmatch(AGENT_WORD, w):
                    for lemma in lemmas_of(w):
                        rows.setdefault(lemma, (lemma, role, code[1:], "%s:%d" % (fname, n)))
                elif re.fullmatch(AGENT_WORD + " " + AGENT_WORD, w):
                    phrases.append((w, role, code[1:], "%s:%d" % (fname, n)))
                elif form is phrase or form == phrase:
                    stats["agents skipped: phrases of three words or more"] += 1
    # a modifier and its head: kept where the head names people and the two name another role than it alone
    # (the first entry for a phrase decides it: ARMED_FORCES [~MIL] before ARMED_FORCE [~UAF])
    claimed = set(hand_roles)
    for w, role, code, prov in phrases:
        for lemma in lemmas_of(w):
            if lemma in claimed:
                continue
            claimed.add(lemma)
            head = lemma.split(" ")[1]
            alone = hand_roles.get(head) or (rows[head][1] if head in rows else None)
            if alone is None and head not in COLLECTIVES:
                stats["agent phrases skipped: head is a place or thing (military base, cargo ship)"] += 1
            elif alone == role:
                stats["agent phrases skipped: head alone names the role (riot police)"] += 1
            else:
                stats["agent rows: a modifier and its head"] += 1
                rows[lemma] = (lemma, role, code, prov)
    return rows


# ---------------------------------------------------------------- actors

def classify(rec, fname):
    """'person', 'org' or None for a record."""
    names = [phrase_text(t) for _, t in rec["names"]]
    if not names:
        return None
    primary = names[0]
    if "CountryInfo.txt" in rec["comment"] or "IGOrulers.txt" in rec["comment"]:
        return "person" if good_person_name(case_name(primary)) else None
    dated = any(p and p[3] for p in (parse_code(c) for _, c in rec["codes"]))
    toks = tokens_of(primary)
    if fname.startswith("Phoenix.Countries") and dated and good_person_name(case_name(primary)) and len(toks) <= 4:
        return "person"
    if fname.startswith("Phoenix.International") and dated and good_person_name(case_name(primary)):
        return "person"
    return "org"


def generate(src, kb, stats):
    hand_names, countries, hand_people, key_to_person = read_hand(kb)
    agents = read_agents(os.path.join(src, "Phoenix.agents.txt"), read_roles(kb), stats)

    people = {}  # name -> {"aliases": set, "terms": [(country, role, title, from, to, prov)]}
    orgs = {}    # (code, name) -> row
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        path = os.path.join(src, fname)
        for rec in read_actor_records(path):
            kind = classify(rec, fname)
            stats["actor records"] += 1
            if kind == "person":
                person_record(rec, fname, countries, people, stats)
            elif kind == "org":
                org_record(rec, fname, countries, orgs, stats)

    # ---- people: precedence of people.tsv, then output rows
    people_rows = []
    for name, p in people.items():
        keys = {norm(name)} | {norm(a) for a in p["aliases"]}
        hand = None
        for k in sorted(keys):
            if k in key_to_person:
                hand = key_to_person[k]
                break
        terms = merge_terms(p["terms"])
        if hand:
            kept = []
            for (c, r, t, a, b, prov) in terms:
                for a2, b2 in subtract((a, b), hand_people[hand]["terms"]):
                    kept.append((c, r, t, a2, b2, prov))
            if not kept:
                stats["people skipped: all terms covered by people.tsv"] += 1
                continue
            stats["people merged into a people.tsv person (earlier terms)"] += 1
            for (c, r, t, a, b, prov) in kept:
                people_rows.append((hand, "", c, r, t, a.isoformat(), b.isoformat(), prov))
            continue
        if norm(name) in hand_names:
            stats["people skipped: name is a hand-curated name"] += 1
            continue
        # Quality over volume: from 2003 on CountryInfo lists every cabinet member of every country (the CIA's
        # "World Leaders"), dated to the month (terms from the 1st); of those, keep the people Phoenix's coders
        # gave another name (they met them in the news). Terms dated to the day (leaders' inaugurations) and
        # everyone in office before 2003 (heads of state and government) are kept.
        if p["synonyms"] == 0 and all(t[3] >= LISTS_FROM and t[3].day == 1 for t in terms):
            stats["people skipped: 2003+ cabinet lists, no other name in Phoenix"] += 1
            continue
        aliases = sorted(a for a in p["aliases"] if norm(a) not in hand_names and norm(a) != norm(name))
        stats["people imported"] += 1
        for (c, r, t, a, b, prov) in terms:
            people_rows.append((name, ";".join(aliases), c, r, t, a.isoformat(), b.isoformat(), prov))
    people_rows.sort(key=lambda r: (r[0], r[5], r[2], r[3], r[7]))
    stats["people rows"] = len(people_rows)

    # ---- organisations: a name that is also a dated Phoenix person is the person's (dated) name; records
    # that are people without dates ("BASHAR_AL-ASSAD [SYRGOV]") lose their one-word aliases ("Assad")
    person_keys = set()
    for name, p in people.items():
        person_keys.add(norm(name))
        person_keys.update(norm(a) for a in p["aliases"])
    fixed = {}
    for (code, name), row in orgs.items():
        person_like = good_person_name(name)
        names = [n for n in [name] + list(row[2]) if norm(n) not in person_keys
                 and tokens_of(n)[0] not in ("mr", "mrs", "ms", "dr")
                 and not (person_like and (len(tokens_of(n)) == 1 or good_person_name(n)))]
        if not names:
            stats["organisation records skipped: people without dates, or names of dated people"] += 1
            continue
        fixed[(code, names[0])] = (row[0], names[0], names[1:], row[3], row[4], row[5])
    by_name = {}
    for (code, name), row in fixed.items():
        by_name.setdefault(norm(name), []).append(row)
    org_rows = []
    for key, rows in sorted(by_name.items()):
        codes = {(r[0], r[3]) for r in rows}
        if key in hand_names:
            stats["organisations skipped: name is a hand-curated name"] += 1
            continue
        if len(codes) > 1:
            stats["organisations skipped: Phoenix gives one name several codes"] += 1
            continue
        row = min(rows, key=lambda r: r[5])
        aliases = sorted({a for r in rows for a in r[2] if norm(a) not in hand_names and norm(a) != key})
        org_rows.append((row[0], row[1], ";".join(aliases), row[3], row[4], row[5]))
    # an alias that another row uses as a name or alias with another code is ambiguous: drop it
    seen = {}
    for r in org_rows:
        for a in [r[1]] + (r[2].split(";") if r[2] else []):
            seen.setdefault(norm(a), set()).add((r[0], r[3]))
    cleaned = []
    for r in org_rows:
        aliases = [a for a in (r[2].split(";") if r[2] else []) if len(seen[norm(a)]) == 1]
        cleaned.append((r[0], r[1], ";".join(aliases), r[3], r[4], r[5]))
    org_rows = sorted(cleaned, key=lambda r: (r[0], r[1]))
    stats["organisation rows"] = len(org_rows)

    agent_rows = sorted(agents.values())
    stats["agent rows"] = len(agent_rows)
    return agent_rows, people_rows, org_rows


def person_record(rec, fname, countries, people, stats):
    names = [case_name(phrase_text(t)) for _, t in rec["names"]]
    primary = names[0]
    terms = []
    for n, text in rec["codes"]:
        p = parse_code(text)
        if p is None:
            stats["person terms skipped: unreadable date"] += 1
            continue
        code, start, end, dated = p
        if not dated or start is None:
            continue  # defaults and '<date' terms have no start: not a term Readout can date
        if code.startswith("IGO"):
            if fname.startswith("Phoenix.Countries"):
                stats["person terms skipped: EU presidency etc. inside a national record"] += 1
                continue
            org = igo_code(code, countries)
            if not org:
                continue
            country, role = org, "IGO"
        else:
            country, rest = split_country(code, countries)
            role = rest[:3]
            if country is None:
                stats["person terms skipped: country code not mapped"] += 1
                continue
            if role == "ELI" or role not in PERSON_ROLES:
                continue
        end = min(end, CUTOFF) if end else DICTIONARY_DATE
        if end < FLOOR or start > end:
            continue
        terms.append((country, role, "", start, end, "%s:%d" % (fname, n)))
    if not terms:
        stats["person records without a 1990-2014 term"] += 1
        return
    p = people.setdefault(primary, {"aliases": set(), "terms": [], "synonyms": 0})
    p["synonyms"] += len(names) - 1
    for a in names[1:]:
        if good_person_name(a):
            p["aliases"].add(a)
    p["terms"].extend(terms)


def org_record(rec, fname, countries, orgs, stats):
    names = [case_name(phrase_text(t), org=True) for _, t in rec["names"]]
    names = [n for n in names if good_org_name(n)]
    if not names:
        stats["organisation records skipped: no usable name"] += 1
        return
    chosen = None
    for n, text in rec["codes"]:
        p = parse_code(text)
        if p is None:
            continue
        code, start, end, dated = p
        if dated and end is not None:
            continue  # a body that ceased to be: not coded today
        row = org_code(code, countries)
        if row:
            chosen = (row, n)
    if not chosen:
        stats["organisation records skipped: code not mapped"] += 1
        return
    (code, country, kind), line = chosen
    prov = "%s:%d" % (fname, rec["primary_line"])
    for name in names[:1]:
        key = (code if not country else country + kind, name)
        orgs[key] = (code if not country else country + kind, name, names[1:], country, kind, prov)


def org_code(code, countries):
    """(code, country, kind) for an organisation's Phoenix code, or None."""
    if code.startswith("IGO"):
        c = igo_code(code, countries)
        return (c, "", "IGO") if c else None
    if code.startswith("IMG"):
        return ("IMG", "", "REB")
    if code.startswith("NGO"):
        segs = segments(code[3:])
        for s in segs:
            iso = COUNTRY_MAP.get(s, s)
            if iso in countries and s not in RELIGION_SEGMENTS:
                return (iso + "NGO", iso, "NGO")
        body = [s for s in segs if re.fullmatch(r"[A-Z]{3}", s) and s not in ROLE_SEGMENTS and s not in REGION_SEGMENTS
                and s not in RELIGION_SEGMENTS]
        return (body[-1], "", "NGO") if body else None
    if code.startswith("MNC"):
        return None
    country, rest = split_country(code, countries)
    if country is None:
        return None
    role = rest[:3]
    if role not in ORG_ROLES:
        return None
    return (country + role, country, role)


# ---------------------------------------------------------------- output

def write(path, what, hand, files, columns, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(what=what, hand=hand, commit=SOURCE_COMMIT, files=files, columns=columns))
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=os.path.join(root, "..", "shared", "reference-data", "petrarch2"),
                    help="folder with the Phoenix dictionaries (default: ../shared/reference-data/petrarch2)")
    ap.add_argument("--out", default=os.path.join(root, "readout-core", "src", "main", "resources", "kb"),
                    help="knowledge-base folder to write into (its hand-curated files are read for precedence)")
    args = ap.parse_args()
    for f in ("Phoenix.agents.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
              "Phoenix.MilNonState.actors.txt"):
        if not os.path.isfile(os.path.join(args.source, f)):
            fail("missing %s in %s (give the dictionary folder as the first argument)" % (f, args.source))
    for f in ("countries.tsv", "country-extras.tsv", "organizations.tsv", "people.tsv"):
        if not os.path.isfile(os.path.join(args.out, f)):
            fail("missing %s in %s: --out must be the knowledge-base folder (its hand-curated files take precedence)"
                 % (f, args.out))
    import collections
    stats = collections.Counter()
    agents, people, orgs = generate(args.source, args.out, stats)
    write(os.path.join(args.out, "phoenix-agents.tsv"), "agent nouns (head-noun lemmas, or a modifier and its head) -> CAMEO role codes",
          "roles.tsv", "Phoenix.agents.txt", "Columns: lemma, role, phoenix_code, source (file:line)", agents)
    write(os.path.join(args.out, "phoenix-people.tsv"),
          "people with dated roles before 2015 (terms ending 1990 or later; a term open in Phoenix ends on "
          "2014-01-30, the date of its CountryInfo release; ends clipped to 2014-12-31; ELI terms dropped)",
          "people.tsv", "Phoenix.Countries.actors.txt, Phoenix.International.actors.txt",
          "Columns: name, aliases, country, role, title, from, to, source (file:line)", people)
    write(os.path.join(args.out, "phoenix-organizations.tsv"),
          "organisations: IGOs, NGOs, armed non-state groups, state bodies",
          "organizations.tsv, country-extras.tsv", "Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, "
          "Phoenix.MilNonState.actors.txt", "Columns: code, name, aliases, country, kind, source (file:line)", orgs)
    for k in sorted(stats):
        print("%-70s %d" % (k, stats[k]), file=sys.stderr)


if __name__ == "__main__":
    main()
