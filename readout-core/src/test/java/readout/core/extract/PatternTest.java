package readout.core.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import readout.core.Coder;
import readout.core.model.Article;
import readout.core.model.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pattern engine, a sentence with its parse in and events out. Parses are written by hand
 * ({@link HandParse}) so that each row tests the patterns, not the parser.
 */
class PatternTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the subject of a that-clause is the target of a demand
        Washington/NNP demanded/VBD/demand that/IN Pyongyang/NNP abandon/VB its/PRP$ missiles/NNS/missile | nsubj:1:0 ccomp:1:4 mark:4:2 nsubj:4:3 obj:4:6 nmod:poss:6:5 | USAGOV 100 PRKGOV
        # ... also when a verb's theme is the demand ("reiterated its demand that ...")
        Egypt/NNP reiterated/VBD/reiterate its/PRP$ demand/NN that/IN Israel/NNP ease/VB restrictions/NNS/restriction | nsubj:1:0 nmod:poss:3:2 obj:1:3 mark:6:4 nsubj:6:5 ccomp:3:6 obj:6:7 | EGY 100 ISR
        # a noun row that places its target: a suspension of links with Serbia
        Italy/NNP announced/VBD/announce a/DT suspension/NN of/IN links/NNS/link with/IN Serbia/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:7:6 nmod:with:5:7 | ITA 160 SRB
        # the words a row names are part of its phrase: "declined to comment" is one event, not two
        Japan/NNP declined/VBD/decline to/TO comment/VB on/IN Iran/NNP | nsubj:1:0 xcomp:1:3 mark:3:2 obl:on:3:5 case:5:4 | JPN 011 IRN
        # talks held by two sides are mutual, and a city they are held in is a venue, not a party
        Russia/NNP and/CC Ukraine/NNP held/VBD/hold talks/NNS/talk in/IN Istanbul/NNP | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 nmod:in:4:6 case:6:5 | RUS 046 UKR; UKR 046 RUS
        # ... but a threat is aimed where it would fall
        Israel/NNP threatened/VBD/threaten to/TO ban/VB voting/NN in/IN Gaza/NNP | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4 nmod:in:4:6 case:6:5 | ISR 130 PSE
        # building up ties is diplomatic cooperation aimed at the "with" phrase under the object
        China/NNP strengthened/VBD/strengthen ties/NNS/tie with/IN Laos/NNP | nsubj:1:0 obj:1:2 nmod:with:2:4 case:4:3 | CHN 050 LAO
        # a feeling voiced over a party's act is aimed at that party, named by "by" or its owner
        Japan/NNP voiced/VBD/voice concern/NN about/IN a/DT launch/NN by/IN Iran/NNP | nsubj:1:0 obj:1:2 nmod:about:2:5 case:5:3 det:5:4 nmod:by:5:7 case:7:6 | JPN 012 IRN
        # a country's dissenters named only by their role are of the country that deals with them
        Mozambique/NNP accepted/VBD/accept demands/NNS/demand from/IN rebels/NNS/rebel | nsubj:1:0 obj:1:2 nmod:from:2:4 case:4:3 | MOZ 080 MOZREB
        Mozambique/NNP accepted/VBD/accept the/DT rebels/NNS/rebel '/POS demands/NNS/demand | nsubj:1:0 det:3:2 nmod:poss:5:3 case:3:4 obj:1:5 | MOZ 080 MOZREB
        # a state's agents named only by their role are of the country where they act, else of those they arrest
        police/NNS/police detained/VBD/detain Iranians/NNPS/iranian | nsubj:1:0 obj:1:2 | IRNCOP 173 IRN
        # ... as are those who investigate for it; a minister's opposite number is his government's
        investigators/NNS/investigator detained/VBD/detain Iranians/NNPS/iranian | nsubj:1:0 obj:1:2 | IRNCOP 173 IRN
        Finland/NNP 's/POS minister/NN met/VBD/meet his/PRP$ Ukrainian/JJ counterpart/NN | nmod:poss:2:0 case:0:1 nsubj:3:2 obj:3:6 nmod:poss:6:4 amod:6:5 | FINGOV 040 UKRGOV
        # whom a state seizes, named by a name no one knows, is its own: a civilian unless a title says otherwise
        Turkish/JJ police/NNS/police detained/VBD/detain Selahattin/NNP Demirtas/NNP | amod:1:0 nsubj:2:1 obj:2:4 compound:4:3 | TURCOP 173 TURCVL
        Turkish/JJ police/NNS/police detained/VBD/detain Selin/NNP Kaya/NNP ,/, a/DT lawmaker/NN | amod:1:0 nsubj:2:1 obj:2:4 compound:4:3 appos:4:7 det:7:6 | TURCOP 173 TURLEG
        # ... but a single capitalised word may be a place or a body, and a body's name is no person's
        Turkish/JJ police/NNS/police detained/VBD/detain Demirtas/NNP | amod:1:0 nsubj:2:1 obj:2:3 | -
        Turkish/JJ police/NNS/police raided/VBD/raid the/DT Democratic/NNP Party/NNP | amod:1:0 nsubj:2:1 obj:2:5 det:5:3 compound:5:4 | -
        police/NNS/police detained/VBD/detain Iranians/NNPS/iranian in/IN Turkey/NNP | nsubj:1:0 obj:1:2 obl:in:1:4 case:4:3 | TURCOP 173 IRN
        # an announced resignation is the resignation
        Japan/NNP announced/VBD/announce its/PRP$ resignation/NN | nsubj:1:0 nmod:poss:3:2 obj:1:3 | JPN 083 -
        # an infinitive after an object that is no one is the subject's act ("opened fire to disperse the crowd")
        Iran/NNP took/VBD/take steps/NNS/step to/TO attack/VB Iraq/NNP | nsubj:1:0 obj:1:2 xcomp:1:4 mark:4:3 obj:4:5 | IRN 190 IRQ
        # a target under the object: drones at plants across Ukraine
        Russia/NNP launched/VBD/launch drones/NNS/drone at/IN plants/NNS/plant across/IN Ukraine/NNP | nsubj:1:0 obj:1:2 nmod:at:2:4 case:4:3 nmod:across:4:6 case:6:5 | RUS 190 UKR
        # ... or under an adjective of distance on it: airbases deep inside Russia
        Ukraine/NNP launched/VBD/launch drones/NNS/drone at/IN airbases/NNS/airbase deep/JJ inside/IN Russia/NNP | nsubj:1:0 obj:1:2 nmod:at:2:4 case:4:3 amod:4:5 obl:inside:5:7 case:7:6 | UKR 190 RUS
        # arms fired that struck somewhere were aimed where they fell; a capital struck is the country's ground
        Hezbollah/NNP fired/VBD/fire rockets/NNS/rocket that/WDT landed/VBD/land in/IN Israel/NNP | nsubj:1:0 obj:1:2 nsubj:4:3 acl:relcl:2:4 obl:in:4:6 case:6:5 | LBNREB 190 ISR
        Russia/NNP launched/VBD/launch drones/NNS/drone that/WDT hit/VBD/hit blocks/NNS/block in/IN Kyiv/NNP | nsubj:1:0 obj:1:2 nsubj:4:3 acl:relcl:2:4 obj:4:5 nmod:in:5:7 case:7:6 | RUS 190 UKR
        # jets that violate another's airspace show force at it; a helicopter launched from a ship is of the ship's country
        Russian/JJ jets/NNS/jet violated/VBD/violate Estonian/JJ airspace/NN | amod:1:0 nsubj:2:1 obj:2:4 amod:4:3 | RUSMIL 150 EST
        a/DT helicopter/NN launched/VBN/launch from/IN a/DT Chinese/JJ ship/NN violated/VBD/violate Japanese/JJ airspace/NN | det:1:0 nsubj:7:1 acl:1:2 case:6:3 det:6:4 amod:6:5 obl:from:2:6 obj:7:9 amod:9:8 | CHNMIL 150 JPN
        # water cannon a vessel is blasted with is coercion by force, as water cannon fired at it
        Philippine/JJ vessels/NNS/vessel were/VBD/be blasted/VBN/blast with/IN water/NN cannon/NN by/IN Chinese/JJ ships/NNS/ship | amod:1:0 nsubj:pass:3:1 aux:pass:3:2 case:6:4 compound:6:5 obl:with:3:6 case:9:7 amod:9:8 obl:by:3:9 | CHN 175 PHL
        # warplanes from a coalition are of its country; arms used against a side, or a war joined in a country, are force
        warplanes/NNS/warplane from/IN the/DT Saudi/JJ -/HYPH led/VBN/lead coalition/NN bombed/VBD/bomb Sanaa/NNP | nsubj:7:0 case:6:1 det:6:2 dep:5:3 punct:5:4 amod:6:5 nmod:from:0:6 obj:7:8 | SAUMIL 195 YEM
        Russia/NNP used/VBD/use missiles/NNS/missile against/IN Ukraine/NNP | nsubj:1:0 obj:1:2 obl:against:1:4 case:4:3 | RUS 190 UKR
        Georgian/JJ police/NN used/VBD/use pepper/NN spray/NN against/IN opposition/NN supporters/NNS/supporter | amod:1:0 nsubj:2:1 compound:4:3 obj:2:4 case:7:5 compound:7:6 obl:against:2:7 | GEOCOP 175 GEOOPP
        Ethiopia/NNP joined/VBD/join the/DT war/NN in/IN Somalia/NNP | nsubj:1:0 obj:1:3 det:3:2 nmod:in:3:5 case:5:4 | ETH 190 SOM
        # a truce broken is a ceasefire violated
        Russia/NNP broke/VBD/break the/DT truce/NN with/IN Ukraine/NNP | nsubj:1:0 obj:1:3 det:3:2 nmod:with:3:5 case:5:4 | RUS 196 UKR
        # troops pulled back to a line inside a territory withdraw from it
        Israel/NNP pulled/VBD/pull back/RP its/PRP$ troops/NNS/troop to/IN a/DT line/NN in/IN Gaza/NNP | nsubj:1:0 compound:prt:1:2 nmod:poss:4:3 obj:1:4 case:7:5 det:7:6 obl:to:1:7 case:9:8 nmod:in:7:9 | ISR 0874 PSE
        # an act that could threaten something endangers it; envoys restored are ties restored
        a/DT Chinese/JJ attack/NN could/MD threaten/VB/threaten Japan/NNP 's/POS survival/NN | det:2:0 amod:2:1 nsubj:4:2 aux:4:3 nmod:poss:7:5 case:5:6 obj:4:7 | -
        Canada/NNP restored/VBD/restore its/PRP$ envoy/NN to/IN India/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 nmod:to:3:5 | CAN 054 IND
        # a speaker who says they are sorry apologises, to whom they say it, else for whose loss
        Turkey/NNP said/VBD/say it/PRP was/VBD/be sorry/JJ for/IN the/DT downing/NN of/IN a/DT Russian/JJ jet/NN | nsubj:1:0 nsubj:4:2 cop:4:3 ccomp:1:4 case:7:5 det:7:6 obl:for:4:7 case:11:8 det:11:9 amod:11:10 nmod:of:7:11 | TUR 055 RUS
        Japan/NNP told/VBD/tell China/NNP it/PRP was/VBD/be sorry/JJ | nsubj:1:0 obj:1:2 nsubj:5:3 cop:5:4 parataxis:1:5 | JPN 055 CHN
        # a call issued "for" something is an appeal, wherever the parser hangs "for"
        Turkey/NNP issued/VBD/issue a/DT call/NN to/IN the/DT EU/NNP for/IN rescue/NN teams/NNS/team | nsubj:1:0 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:to:3:6 case:9:7 compound:9:8 obl:for:1:9 | TUR 020 EEC
        # a finding rejected is the finding of whoever concluded it, above the clause it renames
        UN/NNP concluded/VBD/conclude that/IN Israel/NNP committed/VBD/commit genocide/NN ,/, a/DT finding/NN Israel/NNP rejected/VBD/reject | nsubj:1:0 mark:4:2 nsubj:4:3 ccomp:1:4 obj:4:5 punct:5:6 det:8:7 appos:5:8 nsubj:10:9 dep:8:10 | ISR 120 UNO
        # an act held over a side until it complies threatens that side
        Britain/NNP will/MD recognise/VB/recognise Palestine/NNP unless/IN Israel/NNP agrees/VBZ/agree to/IN a/DT ceasefire/NN | nsubj:2:0 aux:2:1 obj:2:3 mark:6:4 nsubj:6:5 advcl:2:6 case:9:7 det:9:8 obl:to:6:9 | GBR 130 ISR intended
        # an infinitive of purpose after a thing a side owns is the subject's act: flags do not protest
        Jordanians/NNPS burned/VBD/burn Israeli/JJ flags/NNS/flag to/TO protest/VB/protest the/DT war/NN | nsubj:1:0 amod:3:2 obj:1:3 mark:5:4 xcomp:1:5 det:7:6 obj:5:7 | JOR 141 ISR
        # an armed group's fighters are the group; a clash with a person is a quarrel
        Hezbollah/NNP fighters/NNS/fighter attacked/VBD/attack Israeli/JJ troops/NNS/troop | compound:1:0 nsubj:2:1 amod:4:3 obj:2:4 | LBNREB 190 ISRMIL
        Trump/NNP clashed/VBD/clash with/IN Zelenskiy/NNP | nsubj:1:0 case:3:2 obl:with:1:3 | USAGOV 110 UKRGOV
        # a ground operation launched is force, a search operation is not; a jailing ordered is an arrest
        Israel/NNP launched/VBD/launch a/DT ground/NN operation/NN in/IN Gaza/NNP | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 case:6:5 nmod:in:4:6 | ISR 190 PSE
        Israel/NNP launched/VBD/launch a/DT search/NN operation/NN in/IN Gaza/NNP | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 case:6:5 nmod:in:4:6 | -
        Egypt/NNP ordered/VBD/order the/DT jailing/NN of/IN Iraqi/JJ diplomats/NNS/diplomat | nsubj:1:0 det:3:2 obj:1:3 case:6:4 amod:6:5 nmod:of:3:6 | EGY 173 IRQ
        # and so is someone ordered jailed or arrested, the subject of the participle or the object it describes
        Egypt/NNP ordered/VBD/order Iraqi/JJ diplomats/NNS/diplomat jailed/VBN/jail | nsubj:1:0 amod:3:2 nsubj:4:3 xcomp:1:4 | EGY 173 IRQGOV
        Egypt/NNP ordered/VBD/order Iraqi/JJ diplomats/NNS/diplomat arrested/VBN/arrest | nsubj:1:0 amod:3:2 obj:1:3 acl:3:4 | EGY 173 IRQGOV
        # a stage of an exchange carried out is the exchange
        Russia/NNP and/CC Ukraine/NNP completed/VBD/complete the/DT first/JJ stage/NN of/IN a/DT prisoner/NN exchange/NN | nsubj:3:0 cc:2:1 conj:0:2 det:6:4 amod:6:5 obj:3:6 case:10:7 det:10:8 compound:10:9 nmod:of:6:10 | RUS 0841 UKR; UKR 0841 RUS
        # curbs paused are eased; agreed to, the intent to ease
        USA/NNP agreed/VBD/agree to/TO pause/VB/pause tariffs/NNS/tariff on/IN Mexico/NNP | nsubj:1:0 mark:3:2 xcomp:1:3 obj:3:4 case:6:5 nmod:on:4:6 | USA 035 MEX intended
        # what sides agree together they do to each other
        Washington/NNP and/CC Beijing/NNP agreed/VBD/agree to/TO slash/VB tariffs/NNS/tariff | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 obj:5:6 | USAGOV 035 CHNGOV intended; CHNGOV 035 USAGOV intended
        # curbs announced or ordered are imposed, on what a measure's worth (or a sum of money) is of
        Canada/NNP announced/VBD/announce duties/NNS/duty on/IN Canadian/JJ dollars/NNS/dollar '/POS worth/NN of/IN U.S./NNP products/NNS/product | nsubj:1:0 obj:1:2 nmod:on:2:7 case:7:3 amod:5:4 nmod:poss:7:5 case:5:6 nmod:of:7:10 case:10:8 compound:10:9 | CAN 166 USA
        Canada/NNP announced/VBD/announce tariffs/NNS/tariff on/IN 155/CD billion/CD Canadian/JJ dollars/NNS/dollar of/IN American/JJ goods/NNS/good | nsubj:1:0 obj:1:2 nmod:on:2:7 case:7:3 nummod:7:5 compound:5:4 amod:7:6 nmod:of:7:10 case:10:8 amod:10:9 | CAN 166 USA
        Washington/NNP ordered/VBD/order tariffs/NNS/tariff on/IN imports/NNS/import from/IN Canada/NNP | nsubj:1:0 obj:1:2 nmod:on:2:4 case:4:3 nmod:from:4:6 case:6:5 | USAGOV 166 CAN
        # ... or where the place it lies in hangs on the verb
        Russia/NNP launched/VBD/launch drones/NNS/drone at/IN plants/NNS/plant across/IN Ukraine/NNP | nsubj:1:0 obj:1:2 nmod:at:2:4 case:4:3 obl:across:1:6 case:6:5 | RUS 190 UKR
        # a row that places its target looks there only: a leader received is hosted, a letter received is not
        Putin/NNP received/VBD/receive Modi/NNP in/IN Moscow/NNP | nsubj:1:0 obj:1:2 obl:in:1:4 case:4:3 | RUSGOV 043 INDGOV
        Iraq/NNP received/VBD/receive a/DT letter/NN from/IN Japan/NNP | nsubj:1:0 obj:1:3 det:3:2 obl:from:1:5 case:5:4 | -
        # a party welcomed is a guest hosted; a decision welcomed is approved
        Xi/NNP welcomed/VBD/welcome Putin/NNP in/IN Beijing/NNP | nsubj:1:0 obj:1:2 obl:in:1:4 case:4:3 | CHNGOV 043 RUSGOV
        Xi/NNP welcomed/VBD/welcome Japan/NNP 's/POS decision/NN | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 | CHNGOV 051 JPN
        # a visit named at the start of a clause's occasion is its subject's, hung wherever the parser put it
        Lee/NNP voiced/VBD/voice hope/NN at/IN the/DT start/NN of/IN a/DT visit/NN to/IN Japan/NNP | nsubj:1:0 obj:1:2 case:5:3 det:5:4 nmod:at:2:5 case:8:6 det:8:7 nmod:of:5:8 case:10:9 nmod:to:8:10 | KORGOV 042 JPN
        # talks during which one side urged the other to act are the urging side's
        Wang/NNP urged/VBD/urge Japan/NNP to/TO act/VB during/IN talks/NNS/talk with/IN Iwaya/NNP | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 case:6:5 obl:during:4:6 case:8:7 nmod:with:6:8 | CHNGOV 021 JPN; CHNGOV 046 JPNGOV; JPNGOV 046 CHNGOV
        # the press is no party to talks: a call to a radio station is no consultation
        Hamas/NNP spoke/VBD/speak in/IN a/DT call/NN to/IN an/DT Israeli/JJ broadcaster/NN | nsubj:1:0 case:4:2 det:4:3 obl:in:1:4 case:8:5 det:8:6 amod:8:7 nmod:to:4:8 | -
        # sides named only by their role, a compound's included ("a police officer"), are of the place of the act
        Rebels/NNS/rebel shot/VBD/shoot a/DT police/NN officer/NN in/IN Srinagar/NNP | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 obl:in:1:6 case:6:5 | INDREB 190 INDCOP
        # ... also where the place lies under the object, a chain of places down ("a village in Nigeria's north")
        Gunmen/NNS/gunman attacked/VBD/attack a/DT village/NN in/IN Nigeria/NNP 's/POS north/NN | nsubj:1:0 det:3:2 obj:1:3 case:7:4 nmod:poss:7:5 case:5:6 nmod:in:3:7 | NGAUAF 180 NGA
        # an act denounced, its agent's "by" hung on the verb by the parser: the agent is the target
        Iran/NNP denounced/VBD/denounce the/DT drills/NNS/drill by/IN Israel/NNP | nsubj:1:0 det:3:2 obj:1:3 obl:by:1:5 case:5:4 | IRN 111 ISR
        # "he" as the subject of what a person says is that person
        Trump/NNP said/VBD/say he/PRP would/MD raise/VB tariffs/NNS/tariff on/IN China/NNP | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:5 nmod:on:5:7 case:7:6 | USAGOV 1312 CHN intended
        # ... and so is an office-holder named by title
        Japan/NNP 's/POS prime/JJ minister/NN said/VBD/say he/PRP would/MD criticize/VB China/NNP | nmod:poss:3:0 case:0:1 amod:3:2 nsubj:4:3 ccomp:4:7 nsubj:7:5 aux:7:6 obj:7:8 | JPNGOV 111 CHN intended
        # whoever says so is no target, even where the parser hung them under the object
        Iran/NNP and/CC Iraq/NNP agreed/VBD/agree to/IN talks/NNS/talk ,/, Tehran/NNP 's/POS office/NN said/VBD/say | nsubj:3:0 cc:2:1 conj:0:2 obl:to:3:5 case:5:4 nmod:poss:9:7 case:7:8 appos:5:9 dep:10:3 | IRN 036 IRQ intended; IRQ 036 IRN intended
        # an event agreed to by its noun is intended, as one agreed to by its verb: a truce (035), a decision to sanction
        Iran/NNP and/CC Iraq/NNP agreed/VBD/agree to/IN a/DT ceasefire/NN | nsubj:3:0 cc:2:1 conj:0:2 obl:to:3:6 case:6:4 det:6:5 | IRN 035 IRQ intended; IRQ 035 IRN intended
        Britain/NNP agreed/VBD/agree to/IN new/JJ sanctions/NNS/sanction on/IN Iran/NNP | nsubj:1:0 obl:to:1:4 case:4:2 amod:4:3 nmod:on:4:6 case:6:5 | GBR 166 IRN intended
        # a judgement on "a move" set beside a clause is aimed at the clause's actor; a thing called a wrong is criticised
        Iran/NNP closed/VBD/close the/DT strait/NN ,/, a/DT move/NN Iraq/NNP denounced/VBD/denounce | nsubj:1:0 det:3:2 obj:1:3 det:6:5 appos:3:6 nsubj:8:7 dep:6:8 | IRQ 111 IRN
        Iran/NNP detained/VBD/detain the/DT mayor/NN ,/, a/DT move/NN Iraq/NNP called/VBD/call a/DT coup/NN | nsubj:1:0 det:3:2 obj:1:3 det:6:5 obl:npmod:1:6 nsubj:8:7 dep:6:8 det:10:9 obj:8:10 | IRN 173 IRNGOV; IRQ 111 IRN
        # ... and naming a thing is no phone call
        Iraq/NNP called/VBD/call a/DT referendum/NN | nsubj:1:0 det:3:2 obj:1:3 | -
        # a thing refused is aimed at its author, named by a participle's "by" or a relative clause's subject
        Iran/NNP refused/VBD/refuse to/TO accept/VB rice/NN offered/VBN/offer by/IN Iraq/NNP | nsubj:1:0 mark:3:2 xcomp:1:3 obj:3:4 acl:4:5 obl:by:5:7 case:7:6 | IRN 120 IRQ
        Iran/NNP rejected/VBD/reject a/DT plan/NN that/WDT Iraq/NNP proposed/VBD/propose | nsubj:1:0 det:3:2 obj:1:3 obj:6:4 nsubj:6:5 acl:relcl:3:6 | IRN 120 IRQ
        # a bombardment is an act of force, named as the subject of the clause; a siege ended is lifted
        Iran/NNP 's/POS bombardment/NN of/IN Basra/NNP entered/VBD/enter a/DT third/JJ day/NN | nmod:poss:2:0 case:0:1 nsubj:5:2 nmod:of:2:4 case:4:3 root:-1:5 det:8:6 amod:8:7 obj:5:8 | IRN 190 IRQ
        Iran/NNP ended/VBD/end its/PRP$ siege/NN of/IN Basra/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 nmod:of:3:5 case:5:4 | IRN 0872 IRQ
        # crowds demonstrate wherever they protest, strike when they go on strike, riot when they clash with police;
        # the police they face are of their own country
        Iraqi/JJ activists/NNS/activist protested/VBD/protest at/IN the/DT palace/NN | amod:1:0 nsubj:2:1 case:5:3 det:5:4 obl:at:2:5 | IRQCVL 141 IRQ
        Iraqi/JJ workers/NNS/worker went/VBD/go on/IN strike/NN | amod:1:0 nsubj:2:1 case:4:3 obl:on:2:4 | IRQLAB 143 IRQ
        # a crowd counted by its size protests as a crowd; a state that protests complains (114)
        Thousands/NNS/thousand of/IN Iraqis/NNPS/Iraqi protested/VBD/protest against/IN Iran/NNP | nsubj:3:0 case:2:1 nmod:of:0:2 case:5:4 obl:against:3:5 | IRQ 141 IRN
        Iraq/NNP protested/VBD/protest to/IN Iran/NNP | nsubj:1:0 case:3:2 obl:to:1:3 | IRQ 114 IRN
        # supplies stopped to a country are an embargo on it (166 in the pinned table), named on the verb or under the object
        Iran/NNP cut/VBD/cut gas/NN supplies/NNS/supply to/IN Iraq/NNP | nsubj:1:0 compound:3:2 obj:1:3 case:5:4 nmod:to:3:5 | IRN 166 IRQ
        Iran/NNP cut/VBD/cut electricity/NN to/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | IRN 166 IRQ
        # an attack that kills is its agent's, and those it kills are where it struck (one event: the killing tells the attack)
        The/DT attack/NN by/IN Iran/NNP on/IN Iraq/NNP killed/VBD/kill ten/CD people/NNS/person | det:1:0 nsubj:6:1 case:3:2 nmod:by:1:3 case:5:4 nmod:on:1:5 nummod:8:7 obj:6:8 | IRN 190 IRQCVL
        # fire from a side is its act, aimed at whoever came under it
        Iraqi/JJ troops/NNS/troop came/VBD/come under/IN fire/NN from/IN Iran/NNP | amod:1:0 nsubj:2:1 case:4:3 obl:under:2:4 case:6:5 nmod:from:4:6 | IRN 190 IRQMIL
        # ... or under a side's attack, its rocket fire; and those killed in a side's strike, or who died in it, are whom it struck
        Basra/NNP came/VBD/come under/IN Iranian/JJ attack/NN | nsubj:1:0 case:4:2 amod:4:3 obl:under:1:4 | IRN 190 IRQ
        Iraqi/JJ towns/NNS/town came/VBD/come under/IN Iranian/JJ rocket/NN fire/NN | amod:1:0 nsubj:2:1 case:6:3 amod:6:4 compound:6:5 obl:under:2:6 | IRN 190 IRQ
        Ten/CD Iraqi/JJ soldiers/NNS/soldier were/VBD/be killed/VBN/kill in/IN an/DT Iranian/JJ strike/NN | nummod:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 case:8:5 det:8:6 amod:8:7 obl:in:4:8 | IRN 195 IRQMIL
        Iraqi/JJ soldiers/NNS/soldier died/VBD/die in/IN an/DT Iranian/JJ strike/NN | amod:1:0 nsubj:2:1 case:6:3 det:6:4 amod:6:5 obl:in:2:6 | IRN 195 IRQMIL
        # a pact left is relations reduced with its partner, not a pact signed or a retreat
        Iran/NNP pulled/VBD/pull out/IN of/IN the/DT deal/NN with/IN Iraq/NNP | nsubj:1:0 case:5:2 case:5:3 det:5:4 obl:out:1:5 case:7:6 obl:with:1:7 | IRN 160 IRQ
        Iran/NNP withdrew/VBD/withdraw from/IN the/DT deal/NN | nsubj:1:0 case:4:2 det:4:3 obl:from:1:4 | -
        # an international body left is relations reduced with it, by verb or by noun ("from" names what is left, not who acts)
        Mali/NNP withdrew/VBD/withdraw from/IN ECOWAS/NNP | nsubj:1:0 case:3:2 obl:from:1:3 | MLI 160 WAS
        Mali/NNP announced/VBD/announce its/PRP$ withdrawal/NN from/IN ECOWAS/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 nmod:from:3:5 | MLI 160 WAS
        Iran/NNP withdrew/VBD/withdraw its/PRP$ troops/NNS/troop from/IN Iraq/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:from:1:5 | IRN 087 IRQ
        # ground taken from a side is aimed at that side
        Iraqi/JJ troops/NNS/troop retook/VBD/retake the/DT town/NN from/IN rebels/NNS/rebel | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 obl:from:2:6 | IRQMIL 192 IRQREB
        # poison gas dropped is a weapon of mass destruction used
        Iraqi/JJ helicopters/NNS/helicopter dropped/VBD/drop chlorine/NN cylinders/NNS/cylinder on/IN Iran/NNP | amod:1:0 nsubj:2:1 compound:4:3 obj:2:4 case:6:5 obl:on:2:6 | IRQMIL 2041 IRN
        # a bearing from a capital is the country's ground, not its government
        Iraqi/JJ jets/NNS/jet struck/VBD/strike a/DT plant/NN south/RB of/IN Tehran/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 advmod:4:5 case:7:6 obl:of:5:7 | IRQMIL 195 IRN
        # an agreement with a party to do what names no one is the agreement; one to meet is the meeting
        Iran/NNP agreed/VBD/agree with/IN Iraq/NNP to/TO resume/VB the/DT dialogue/NN | nsubj:1:0 case:3:2 obl:with:1:3 mark:5:4 xcomp:1:5 det:7:6 obj:5:7 | IRN 030 IRQ
        Iran/NNP and/CC Iraq/NNP agreed/VBD/agree to/TO meet/VB | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 | IRN 036 IRQ intended; IRQ 036 IRN intended
        # a loan approved to a country is economic aid to it
        Iran/NNP approved/VBD/approve a/DT loan/NN to/IN Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:to:3:5 | IRN 071 IRQ
        # an act with its author named is the author's, and a judgement of it answers to the author
        Egypt/NNP condemned/VBD/condemn the/DT attack/NN by/IN Iran/NNP on/IN Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:by:3:5 case:7:6 nmod:on:3:7 | EGY 111 IRN
        Egypt/NNP reported/VBD/report an/DT attack/NN by/IN Iran/NNP on/IN Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:by:3:5 case:7:6 nmod:on:3:7 | IRN 190 IRQ
        # an act of force a country's word marks is that country's, not the speaker's who names it (and who, calling it
        # outrageous, criticises that country)
        Iran/NNP called/VBD/call the/DT Iraqi/JJ strikes/NNS/strike outrageous/JJ | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 xcomp:1:5 | IRN 111 IRQ
        # the purpose of an act is no act of its own
        Iran/NNP shelled/VBD/shell Iraq/NNP to/TO punish/VB Baghdad/NNP | nsubj:1:0 obj:1:2 mark:4:3 advcl:to:1:4 obj:4:5 | IRN 194 IRQ
        # an act of force ordered is the ordering side's
        Iraq/NNP ordered/VBD/order an/DT offensive/NN against/IN Iran/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:against:3:5 | IRQ 190 IRN
        Iraqi/JJ protesters/NNS/protester clashed/VBD/clash with/IN police/NN | amod:1:0 nsubj:2:1 case:4:3 obl:with:2:4 | IRQCVL 145 IRQCOP
        Iraqi/JJ protesters/NNS/protester hurled/VBD/hurl stones/NNS/stone at/IN police/NN | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:at:2:5 | IRQCVL 145 IRQCOP
        # an aim hung on the second of two things fired
        Iraqi/JJ police/NN fired/VBD/fire gas/NN and/CC rounds/NNS/round at/IN protesters/NNS/protester | amod:1:0 nsubj:2:1 obj:2:3 cc:5:4 conj:3:5 case:7:6 nmod:at:5:7 | IRQCOP 175 IRQCVL
        # a side, or its act, called a wrong is criticised; what it is called is no event of its own
        Iran/NNP called/VBD/call Iraq/NNP a/DT criminal/NN | nsubj:1:0 obj:1:2 det:4:3 xcomp:1:4 | IRN 111 IRQ
        Iran/NNP called/VBD/call Iraq/NNP 's/POS move/NN a/DT provocation/NN | nsubj:1:0 nmod:poss:4:2 case:2:3 nsubj:6:4 det:6:5 xcomp:1:6 | IRN 111 IRQ
        Iran/NNP described/VBD/describe Iraq/NNP 's/POS drills/NNS/drill as/IN a/DT threat/NN | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 case:7:5 det:7:6 obl:as:1:7 | IRN 111 IRQ
        # militants based somewhere are of that country
        Iran/NNP blamed/VBD/blame Iraq/NNP -/HYPH based/VBN/base militants/NNS/militant | nsubj:1:0 obl:4:2 punct:4:3 amod:5:4 obj:1:5 | IRN 112 IRQREB
        # force irregulars turn on civilians is an assault (180); on soldiers it stays a fight
        Iraqi/JJ rebels/NNS/rebel killed/VBD/kill ten/CD villagers/NNS/villager | amod:1:0 nsubj:2:1 nummod:4:3 obj:2:4 | IRQREB 180 IRQCVL
        Iraqi/JJ rebels/NNS/rebel killed/VBD/kill ten/CD soldiers/NNS/soldier | amod:1:0 nsubj:2:1 nummod:4:3 obj:2:4 | IRQREB 190 IRQMIL
        # force falls where what it struck stands, in the actor's own country too; those a participle says it
        # killed are its target when nothing else is named
        Iraqi/JJ rebels/NNS/rebel shelled/VBD/shell a/DT camp/NN near/IN Mosul/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:near:4:6 | IRQREB 194 IRQ
        Iranian/JJ settlers/NNS/settler set/VBD/set fire/NN to/IN homes/NNS/home in/IN Iraq/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:to:2:5 case:7:6 nmod:in:5:7 | IRNCVL 1712 IRQ
        Iraqi/JJ gangs/NNS/gang attacked/VBD/attack the/DT town/NN ,/, killing/VBG/kill ten/CD people/NNS/people | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 punct:6:5 dep:2:6 nummod:8:7 obj:6:8 | IRQCRM 190 IRQCVL
        # aid carried by the means sent, aid announced, relief teams arriving
        Iran/NNP sent/VBD/send ships/NNS/ship carrying/VBG/carry food/NN to/IN Iraq/NNP | nsubj:1:0 obj:1:2 acl:2:3 obj:3:4 case:6:5 obl:to:3:6 | IRN 073 IRQ
        Iran/NNP sent/VBD/send a/DT team/NN of/IN medics/NNS/medic to/IN Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:7:6 nmod:to:5:7 | IRN 073 IRQ
        Iran/NNP announced/VBD/announce aid/NN for/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:for:2:4 | IRN 070 IRQ
        Iranian/JJ rescue/NN teams/NNS/team arrived/VBD/arrive in/IN Iraq/NNP | amod:2:0 compound:2:1 nsubj:3:2 case:5:4 obl:in:3:5 | IRN 073 IRQ
        # fighting halted is a truce, between the two who halt it
        Iran/NNP and/CC Iraq/NNP halted/VBD/halt their/PRP$ attacks/NNS/attack | nsubj:3:0 cc:2:1 conj:0:2 nmod:poss:5:4 obj:3:5 | IRN 0871 IRQ; IRQ 0871 IRN
        # regret over another's act is disapproval, regret for one's own an apology
        Seoul/NNP expressed/VBD/express regret/NN over/IN Japan/NNP 's/POS decision/NN | nsubj:1:0 obj:1:2 case:6:3 nmod:poss:6:4 case:4:5 nmod:over:2:6 | KORGOV 110 JPN
        Japan/NNP expressed/VBD/express regret/NN to/IN China/NNP for/IN its/PRP$ actions/NNS/action | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 case:7:5 nmod:poss:7:6 obl:for:1:7 | JPN 055 CHN
        # a visit one is invited to make has not happened
        Lee/NNP invited/VBD/invite Ishiba/NNP to/TO visit/VB Seoul/NNP | nsubj:1:0 obj:1:2 xcomp:1:4 mark:4:3 obj:4:5 | KORGOV 036 JPNGOV; JPNGOV 042 KORGOV hypothetical
        # ruling out talks rejects a proposal to meet; ruling out anything else is a rejection
        Iran/NNP ruled/VBD/rule out/RP talks/NNS/talk with/IN Iraq/NNP | nsubj:1:0 compound:prt:1:2 obj:1:3 nmod:with:3:5 case:5:4 | IRN 125 IRQ
        Iran/NNP ruled/VBD/rule out/RP a/DT truce/NN with/IN Iraq/NNP | nsubj:1:0 compound:prt:1:2 det:4:3 obj:1:4 nmod:with:4:6 case:6:5 | IRN 120 IRQ
        # an interest in meeting is the subject's intention to meet
        Iran/NNP expressed/VBD/express interest/NN in/IN meeting/VBG/meet Iraq/NNP | nsubj:1:0 obj:1:2 mark:4:3 acl:2:4 obj:4:5 | IRN 036 IRQ intended
        # ... also when the parser hangs the infinitive on the verb; another's offer rejected is a rejection
        Iran/NNP expressed/VBD/express its/PRP$ willingness/NN to/TO meet/VB Iraq/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 mark:5:4 xcomp:1:5 obj:5:6 | IRN 036 IRQ intended
        Iran/NNP rejected/VBD/reject Iraq/NNP 's/POS offer/NN to/TO mediate/VB | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 mark:6:5 xcomp:1:6 | IRN 120 IRQ
        # a relative clause's subject is not whom an event noun is aimed at
        Iran/NNP and/CC Iraq/NNP held/VBD/hold drills/NNS/drill that/WDT Syria/NNP calls/VBZ/call rehearsals/NNS/rehearsal | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 obj:7:5 nsubj:7:6 acl:relcl:4:7 obj:7:8 | IRN 062 IRQ; IRQ 062 IRN
        # arms sent toward a party are a show of force; a party provided with arms is aided
        China/NNP dispatched/VBD/dispatch warplanes/NNS/warplane toward/IN Taiwan/NNP | nsubj:1:0 obj:1:2 nmod:toward:2:4 case:4:3 | CHN 150 TWN
        Japan/NNP provided/VBD/provide Manila/NNP with/IN radars/NNS/radar | nsubj:1:0 obj:1:2 obl:with:1:4 case:4:3 | JPN 072 PHLGOV
        # a protest outside an embassy is aimed at the embassy's country, and its crowd is of the city's
        demonstrators/NNS/demonstrator rallied/VBD/rally outside/IN the/DT Japanese/JJ embassy/NN in/IN Seoul/NNP | nsubj:1:0 case:5:2 det:5:3 amod:5:4 obl:outside:1:5 case:7:6 nmod:in:5:7 | KOROPP 141 JPN
        # cutting contacts, ties or links (a word class) reduces relations; frozen assets are a sanction
        Russia/NNP cut/VBD/cut contacts/NNS/contact with/IN Turkey/NNP | nsubj:1:0 obj:1:2 nmod:with:2:4 case:4:3 | RUS 161 TUR
        Britain/NNP froze/VBD/freeze Iran/NNP 's/POS assets/NNS/asset | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 | GBR 166 IRN
        # "both sides" urged to act are parties not named here: the act is theirs, not the urging side's
        Egypt/NNP and/CC Qatar/NNP urged/VBD/urge both/DT sides/NNS/side to/TO respect/VB the/DT truce/NN | nsubj:3:0 cc:2:1 conj:0:2 det:5:4 obj:3:5 mark:7:6 xcomp:3:7 det:9:8 obj:7:9 | -
        # a party called or branded a wrong is criticised, not phoned; a retaliation against a diplomatic act is no force
        Israel/NNP called/VBD/call Iran/NNP an/DT obstacle/NN | nsubj:1:0 iobj:1:2 det:4:3 obj:1:4 | ISR 111 IRN
        Israel/NNP branded/VBD/brand Iran/NNP an/DT obstacle/NN | nsubj:1:0 iobj:1:2 det:4:3 obj:1:4 | ISR 111 IRN
        Israel/NNP struck/VBD/strike Syria/NNP ,/, branding/VBG/brand Iran/NNP an/DT obstacle/NN | nsubj:1:0 obj:1:2 punct:4:3 dep:1:4 iobj:4:5 det:7:6 obj:4:7 | ISR 195 SYR; ISR 111 IRN
        Russia/NNP retaliated/VBD/retaliate against/IN Britain/NNP 's/POS expulsion/NN | nsubj:1:0 case:5:2 nmod:poss:5:3 case:3:4 obl:against:1:5 | -
        Russia/NNP retaliated/VBD/retaliate against/IN Georgia/NNP | nsubj:1:0 case:3:2 obl:against:1:3 | RUS 190 GEO
        # a group of sides that names them ("including Jordan and Egypt") is the sides it names; one that names none
        # is no side
        several/JJ countries/NNS/country ,/, including/VBG/include Iran/NNP and/CC Iraq/NNP ,/, condemned/VBD/condemn Turkey/NNP | amod:1:0 nsubj:8:1 punct:1:2 case:4:3 nmod:include:1:4 cc:6:5 conj:4:6 punct:8:7 obj:8:9 | IRN 111 TUR; IRQ 111 TUR
        several/JJ countries/NNS/country condemned/VBD/condemn Turkey/NNP | amod:1:0 nsubj:2:1 obj:2:3 | -
        # a party questioned by the police is investigated; a claim questioned is not
        Israeli/JJ police/NN questioned/VBD/question Netanyahu/NNP | amod:1:0 nsubj:2:1 obj:2:3 | ISRCOP 090 ISRGOV
        Israeli/JJ police/NN questioned/VBD/question the/DT claim/NN | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 | -
        # an inquiry into soldiers named only by their role is into the source's own
        Colombia/NNP opened/VBD/open an/DT inquiry/NN into/IN soldiers/NNS/soldier | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:into:3:5 | COL 090 COLMIL
        # retaliation in tariffs is a sanction, not an assault
        China/NNP retaliated/VBD/retaliate with/IN tariffs/NNS/tariff on/IN American/JJ goods/NNS/good | nsubj:1:0 case:3:2 obl:with:1:3 case:6:4 amod:6:5 nmod:on:3:6 | CHN 166 USA
        # a word Phoenix codes as force that copy mostly uses otherwise codes nothing: engaging a party in talks
        Japan/NNP engaged/VBD/engage China/NNP in/IN talks/NNS/talk | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 | JPN 046 CHN; CHN 046 JPN
        # escalating tensions with a party is no cooperation with it
        Pyongyang/NNP escalated/VBD/escalate tensions/NNS/tension with/IN Seoul/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:with:2:4 | -
        # a demand of something from a party is aimed at that party
        Iran/NNP demanded/VBD/demand an/DT apology/NN from/IN Israel/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:from:3:5 | IRN 100 ISR
        # an event cited as a reason is not the subject's act
        Iran/NNP and/CC Syria/NNP left/VBD/leave ,/, citing/VBG/cite drills/NNS/drill | nsubj:3:0 cc:2:1 conj:0:2 advcl:3:5 obj:5:6 | -
        # hitting back at a party is a retort; hitting it with sanctions a sanction
        China/NNP hit/VBD/hit back/RB at/IN Manila/NNP | nsubj:1:0 advmod:1:2 case:4:3 obl:at:1:4 | CHN 111 PHLGOV
        Washington/NNP hit/VBD/hit Moscow/NNP with/IN sanctions/NNS/sanction | nsubj:1:0 obj:1:2 case:4:3 obl:with:1:4 | USAGOV 166 RUSGOV
        # a show of force set off by a comma sums up its clause: the clause's subject, aimed where it says
        Russia/NNP held/VBD/hold drills/NNS/drill near/IN the/DT border/NN on/IN Monday/NNP ,/, a/DT show/NN of/IN force/NN aimed/VBN/aim at/IN Kyiv/NNP ./. | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:near:1:5 case:7:6 obl:on:1:7 det:10:9 case:12:11 nmod:of:10:12 acl:10:13 case:15:14 obl:at:13:15 xcomp:1:10 | RUS 150 UKRGOV
        Iran/NNP began/VBD/begin naval/JJ war/NN games/NNS/game aimed/VBN/aim at/IN the/DT United/NNP States/NNP ./. | nsubj:1:0 amod:3:2 compound:4:3 case:9:6 det:9:7 compound:9:8 obl:at:5:9 obj:1:4 acl:4:5 | IRN 150 USA
        # security forces firing on protesters repress them (175); gunmen firing on them do not
        Myanmar/NNP police/NNS/police opened/VBD/open fire/NN on/IN protesters/NNS/protester in/IN Yangon/NNP ./. | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:on:2:5 case:7:6 obl:in:2:7 | MMRCOP 175 MMRCVL
        Georgian/JJ riot/NN police/NN fired/VBD/fire water/NN cannon/NN and/CC pepper/NN spray/NN at/IN protesters/NNS/protester ./. | amod:2:0 compound:2:1 nsubj:3:2 compound:5:4 compound:8:5 cc:7:6 conj:5:7 obj:3:8 case:10:9 obl:at:3:10 | GEOCOP 175 GEOCVL
        Taliban/NNP gunmen/NNS/gunman opened/VBD/open fire/NN on/IN protesters/NNS/protester in/IN Kabul/NNP ./. | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:on:2:5 case:7:6 obl:in:2:7 | AFGUAF 180 AFGCVL
        # forces put on alert along a border, or on a war footing against a side, are aimed at it
        The/DT Thai/JJ army/NN put/VBD/put its/PRP$ units/NNS/unit along/IN the/DT Cambodian/JJ border/NN on/IN heightened/VBN/heighten alert/NN ./. | det:2:0 amod:2:1 nsubj:3:2 nmod:poss:5:4 obj:3:5 case:9:6 det:9:7 amod:9:8 obl:along:3:9 case:12:10 amod:12:11 obl:on:3:12 | THAMIL 152 KHM
        North/NNP Korea/NNP put/VBD/put its/PRP$ frontline/NN units/NNS/unit on/IN a/DT war/NN footing/NN against/IN South/NNP Korea/NNP ./. | compound:1:0 nsubj:2:1 nmod:poss:5:3 compound:5:4 obj:2:5 case:9:6 det:9:7 compound:9:8 obl:on:2:9 case:12:10 compound:12:11 nmod:against:9:12 | PRK 152 KOR
        # statements: sympathy extended (016), hope of a deal with a counterpart (013; not hope of keeping a country
        # somewhere), little prospect seen (012), a request studied (014)
        Chinese/JJ Premier/NNP Li/NNP Qiang/NNP extended/VBD/extend deep/JJ sympathy/NN to/IN Japan/NNP ./. | amod:3:0 compound:3:1 compound:3:2 nsubj:4:3 amod:6:5 obj:4:6 case:8:7 obl:to:4:8 | CHNGOV 016 JPN
        Abiy/NNP said/VBD/say he/PRP was/VBD/be confident/JJ that/IN Ethiopia/NNP would/MD reach/VB a/DT deal/NN with/IN Egypt/NNP ./. | nsubj:1:0 nsubj:4:2 cop:4:3 ccomp:1:4 mark:8:5 nsubj:8:6 aux:8:7 ccomp:4:8 det:10:9 obj:8:10 case:12:11 nmod:with:10:12 | ETHGOV 013 EGY reported; ETH 030 EGY intended
        Merkel/NNP said/VBD/say she/PRP was/VBD/be optimistic/JJ that/IN a/DT deal/NN to/TO keep/VB Greece/NNP in/IN the/DT euro/NN zone/NN could/MD be/VB reached/VBN/reach ./. | nsubj:1:0 csubj:pass:17:1 nsubj:4:2 cop:4:3 ccomp:1:4 mark:9:5 det:7:6 nsubj:9:7 mark:9:8 ccomp:4:9 obj:9:10 case:14:11 det:14:12 compound:14:13 obl:in:9:14 aux:17:15 aux:pass:17:16 | -
        Kremlin/NNP spokesman/NN Dmitry/NNP Peskov/NNP said/VBD/say he/PRP saw/VBD/see little/JJ prospect/NN of/IN a/DT settlement/NN with/IN Kyiv/NNP ./. | compound:1:0 compound:3:1 compound:3:2 nsubj:4:3 nsubj:6:5 ccomp:4:6 amod:8:7 obj:6:8 case:11:9 det:11:10 nmod:of:8:11 case:13:12 nmod:with:11:13 | RUSGOV 012 UKRGOV reported
        India/NNP is/VBZ/be studying/VBG/study a/DT request/NN from/IN Colombo/NNP for/IN a/DT credit/NN line/NN ./. | nsubj:2:0 aux:2:1 det:4:3 obj:2:4 case:6:5 nmod:from:4:6 case:10:7 det:10:8 compound:10:9 nmod:for:4:10 | IND 014 LKAGOV
        # criticism in reporters' idioms: lambasted, took to task, poured scorn on, took aim at
        Lula/NNP lambasted/VBD/lambast Israel/NNP over/IN the/DT war/NN ./. | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:over:1:5 | BRAGOV 111 ISR
        Erdogan/NNP took/VBD/take Israel/NNP to/IN task/NN over/IN the/DT raid/NN | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 case:7:5 det:7:6 obl:over:1:7 | TURGOV 111 ISR
        Macron/NNP poured/VBD/pour scorn/NN on/IN Washington/NNP 's/POS plan/NN | nsubj:1:0 obj:1:2 case:6:3 nmod:poss:6:4 case:4:5 obl:on:1:6 | FRAGOV 111 USAGOV
        Trump/NNP took/VBD/take aim/NN at/IN China/NNP on/IN Friday/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:at:1:4 case:6:5 obl:on:1:6 | USAGOV 111 CHN
        # "each side accusing the other": the sides of the clause above, each at the other
        Thai/NNP and/CC Cambodian/JJ troops/NNS/troop clashed/VBD/clash along/IN the/DT border/NN ,/, with/IN each/DT side/NN accusing/VBG/accuse the/DT other/JJ of/IN opening/VBG/open fire/NN ./. | nsubj:4:0 cc:3:1 amod:3:2 conj:0:3 case:7:5 det:7:6 obl:along:4:7 mark:12:9 det:11:10 nsubj:12:11 advcl:with:4:12 det:14:13 obj:12:14 case:17:15 amod:17:16 obl:of:12:17 | THAMIL 112 KHMMIL; KHMMIL 112 THAMIL
        # talks put off are halted for now, not held; aid put off is no aid given
        Japan/NNP postponed/VBD/postpone talks/NNS/talk with/IN China/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:with:2:4 | JPN 163 CHN
        Washington/NNP delayed/VBD/delay aid/NN to/IN Kyiv/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:to:2:4 | -
        # drills around an island are a show of force, not military cooperation
        China/NNP held/VBD/hold drills/NNS/drill around/IN Taiwan/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:around:2:4 | CHN 150 TWN
        # the object word selects a pattern: a pledge of aid is 033, not the plain promise
        Japan/NNP pledged/VBD/pledge aid/NN to/IN Ukraine/NNP | nsubj:1:0 obj:1:2 obl:to:1:4 case:4:3 | JPN 033 UKR
        # the backing a side acts with is another's, no support of its own
        Trump/NNP said/VBD/say Ukraine/NNP could/MD win/VB/win back/RB all/PDT its/PRP$ territory/NN with/IN European/JJ support/NN ,/, in/IN a/DT sharp/JJ shift/NN in/IN tone/NN | nsubj:1:0 nsubj:4:2 aux:4:3 ccomp:1:4 advmod:4:5 det:8:6 nmod:poss:8:7 obj:4:8 case:11:9 amod:11:10 obl:with:4:11 case:16:13 det:16:14 amod:16:15 obl:in:4:16 case:18:17 nmod:in:16:18 | -
        # trade suspended with a side, and a border or airspace closed to it, are sanctions on it; curbs raised are imposed
        Pakistan/NNP suspended/VBD/suspend all/DT trade/NN with/IN India/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:with:3:5 | PAK 166 IND
        Pakistan/NNP closed/VBD/close its/PRP$ airspace/NN to/IN Indian/JJ airlines/NNS/airline | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:6:4 amod:6:5 nmod:to:3:6 | PAK 166 INDBUS
        USA/NNP raised/VBD/raise duties/NNS/duty on/IN Chinese/JJ imports/NNS/import | nsubj:1:0 obj:1:2 case:5:3 amod:5:4 nmod:on:2:5 | USA 166 CHN
        USA/NNP expanded/VBD/expand controls/NNS/control on/IN Chinese/JJ chipmakers/NNS/chipmaker | nsubj:1:0 obj:1:2 case:5:3 amod:5:4 nmod:on:2:5 | USA 166 CHN
        # a deal or an agreement struck is made, not a blow
        USA/NNP and/CC EU/NNP struck/VBD/strike a/DT trade/NN agreement/NN | nsubj:3:0 cc:2:1 conj:0:2 det:6:4 compound:6:5 obj:3:6 | USA 057 EEC; EEC 057 USA
        Seoul/NNP struck/VBD/strike a/DT conciliatory/JJ tone/NN toward/IN Pyongyang/NNP | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 case:6:5 nmod:toward:4:6 | -
        Seoul/NNP struck/VBD/strike Pyongyang/NNP | nsubj:1:0 obj:1:2 | KORGOV 195 PRKGOV
        # an attack on a plan, or one that calls its object a wrong, is in words
        Germany/NNP attacked/VBD/attack Washington/NNP 's/POS plan/NN | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 | DEU 111 USAGOV
        Germany/NNP attacked/VBD/attack Washington/NNP as/IN a/DT traitor/NN | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:as:1:5 | DEU 111 USAGOV
        # "the country", "the island" names again the country named last, not the clause's own
        A/DT storm/NN hit/VBD/hit Jamaica/NNP and/CC Japan/NNP pledged/VBD/pledge aid/NN to/IN the/DT island/NN | det:1:0 nsubj:2:1 cc:6:4 nsubj:6:5 conj:2:6 obj:6:7 case:10:8 det:10:9 obl:to:6:10 | JPN 033 JAM
        # a partitive object: what it counts selects the row ("hundreds of doctors" are aid)
        Cuba/NNP sent/VBD/send hundreds/NNS/hundred of/IN doctors/NNS/doctor to/IN Haiti/NNP | nsubj:1:0 obj:1:2 nmod:of:2:4 case:4:3 obl:to:1:6 case:6:5 | CUB 073 HTI
        # a refusal is a rejection aimed where the refused act was
        Israel/NNP refused/VBD/refuse to/TO meet/VB Iran/NNP | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4 | ISR 120 IRN
        # a preposition selects the row and gives the target
        Seoul/NNP called/VBD/call on/IN Tokyo/NNP to/TO talk/VB | nsubj:1:0 obl:on:1:3 case:3:2 xcomp:1:5 mark:5:4 | KORGOV 020 JPNGOV
        # a time phrase never selects a preposition row: "called on Tuesday" is a phone call
        Seoul/NNP called/VBD/call Tokyo/NNP on/IN Tuesday/NNP/tuesday | nsubj:1:0 obj:1:2 obl:on:1:4 case:4:3 | KORGOV 041 JPNGOV
        # no target named: a demonstration is still an event, aimed at home (the country where it happens)
        Palestinians/NNPS/palestinian demonstrated/VBD/demonstrate in/IN Ramallah/NNP | nsubj:1:0 obl:in:1:3 case:3:2 | PSE 141 PSE
        # a protest with no target named is aimed at home: the country where it happens
        Palestinian/JJ prisoners/NNS/prisoner rioted/VBD/riot at/IN a/DT jail/NN in/IN Israel/NNP | amod:1:0 nsubj:2:1 obl:at:2:5 case:5:3 det:5:4 nmod:in:5:7 case:7:6 | PSE 145 ISR
        # ... or where the protesters are, by a country's word on the place; "launched a hunger strike" is no attack
        Palestinian/JJ prisoners/NNS/prisoner in/IN Israeli/JJ jails/NNS/jail launched/VBD/launch a/DT hunger/NN strike/NN | amod:1:0 nsubj:5:1 nmod:in:1:4 case:4:2 amod:4:3 obj:5:8 det:8:6 compound:8:7 | PSE 142 ISR
        # a crowd named only by its role is of the place where it acts
        Thousands/NNS/thousand of/IN students/NNS/student marched/VBD/march in/IN Jakarta/NNP | nmod:of:0:2 case:2:1 nsubj:3:0 obl:in:3:5 case:5:4 | IDNEDU 141 IDN
        # ... else the protesters' own country
        Algerian/JJ farmers/NNS/farmer began/VBD/begin a/DT hunger/NN strike/NN | amod:1:0 nsubj:2:1 obj:2:5 det:5:3 compound:5:4 | DZAAGR 142 DZA
        # a partitive passes on what it counts, and a place on the quantity locates it
        Tens/NNS/ten of/IN thousands/NNS/thousand of/IN students/NNS/student throughout/IN Indonesia/NNP demonstrated/VBD/demonstrate | nmod:of:0:2 case:2:1 nmod:of:2:4 case:4:3 nmod:throughout:0:6 case:6:5 nsubj:7:0 | IDNEDU 141 IDN
        # "it" in a clause said stands for the speaker
        Syria/NNP said/VBD/say it/PRP had/VBD/have expelled/VBN/expel two/CD Russian/JJ diplomats/NNS/diplomat | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:7 nummod:7:5 amod:7:6 | SYR 164 RUSGOV reported
        # a hostile act said to be coming is a threat of it
        Palestinian/JJ leaders/NNS/leader said/VBD/say they/PRP would/MD boycott/VB Israel/NNP | amod:1:0 nsubj:2:1 ccomp:2:5 nsubj:5:3 aux:5:4 obj:5:6 | PSEGOV 1312 ISR intended
        # a clause said with "must" is a demand of its subject, and what is demanded is no event of its own
        Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB the/DT helicopter/NN | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:6 det:6:5 | RUS 100 SDN
        # those acted on by force and named only by their role are of the actor's country when no place is named
        Indian/JJ troops/NNS/troop killed/VBD/kill five/CD militants/NNS/militant | amod:1:0 nsubj:2:1 obj:2:4 nummod:4:3 | INDMIL 190 INDREB
        # what is requested has not happened
        Egypt/NNP urged/VBD/urge Israel/NNP to/TO attack/VB Iran/NNP | nsubj:1:0 obj:1:2 xcomp:1:4 mark:4:3 obj:4:5 | EGY 021 ISR; ISR 190 IRN hypothetical
        # a state consults another side, not itself under another name
        Nigeria/NNP 's/POS president/NN visited/VBD/visit Nigeria/NNP | nmod:poss:2:0 case:0:1 nsubj:3:2 obj:3:4 | -
        # an event named as a subject and weighed "as" something is not reported as done
        A/DT meeting/NN between/IN Egypt/NNP and/CC Iran/NNP is/VBZ seen/VBN/see as/IN key/JJ | det:1:0 nsubj:pass:7:1 case:3:2 nmod:between:1:3 cc:5:4 conj:3:5 aux:pass:7:6 case:9:8 advcl:7:9 | EGY 040 IRN hypothetical; IRN 040 EGY hypothetical
        # a root noun whose participle has an object is that verb's subject (a common misparse)
        A/DT Thai/JJ spokesperson/NN accused/VBN/accuse Cambodia/NNP | root:-1:2 det:2:0 amod:2:1 acl:2:3 obj:3:4 | THAGOV 112 KHM
        # an event noun framed by another noun takes its governor and its parties
        Qatar/NNP launched/VBD/launch a/DT mediation/NN effort/NN between/IN Iran/NNP and/CC Iraq/NNP | nsubj:1:0 obj:1:4 det:4:2 compound:4:3 nmod:between:4:6 case:6:5 conj:6:8 cc:8:7 | QAT 045 IRN; QAT 045 IRQ
        # a threat with no target named is aimed at whoever must meet its condition
        Iran/NNP threatened/VBD/threaten to/TO attack/VB unless/IN Iraq/NNP pays/VBZ/pay | nsubj:1:0 xcomp:1:3 mark:3:2 advcl:3:6 mark:6:4 nsubj:6:5 | IRN 130 IRQ
        # "it" as the party accused is the last other side named; "it" as a thing rejected is nobody
        Egypt/NNP cut/VBD/cut ties/NNS/tie with/IN Qatar/NNP accusing/VBG/accuse it/PRP of/IN terror/NN | nsubj:1:0 obj:1:2 nmod:with:2:4 case:4:3 conj:1:5 obj:5:6 obl:of:5:8 case:8:7 | EGY 161 QAT; EGY 112 QAT
        # a participle of judging left as a bare dep is its clause subject's act
        Iraqi/JJ police/NN arrested/VBD/arrest activists/NNS/activist accusing/VBG/accuse Iran/NNP of/IN plotting/VBG/plot | amod:1:0 nsubj:2:1 obj:2:3 dep:2:4 obj:4:5 obl:of:4:7 case:7:6 | IRQCOP 173 IRQCVL; IRQCOP 112 IRN
        # a past verb the parser conjoined to the gerund of an accusation is the accuser's; "called on X to"
        # leaves the infinitive to X
        Egypt/NNP accused/VBD/accuse Qatar/NNP of/IN backing/VBG/back rebels/NNS/rebel and/CC called/VBD/call on/IN Iran/NNP to/TO sanction/VB Qatar/NNP | nsubj:1:0 obj:1:2 obl:of:1:4 mark:4:3 obj:4:5 cc:7:6 conj:4:7 case:9:8 obl:on:7:9 mark:11:10 xcomp:7:11 obj:11:12 | EGY 112 QAT; EGY 020 IRN; IRN 166 QAT hypothetical
        Qatar/NNP made/VBD/make a/DT plan/NN and/CC Egypt/NNP rejected/VBD/reject it/PRP | nsubj:1:0 obj:1:3 det:3:2 conj:1:6 cc:6:4 nsubj:6:5 obj:6:7 | -
        # a warning that a party will face a response is a threat to that party; a forecast is not
        Iran/NNP warned/VBD/warn that/IN Israel/NNP would/MD face/VB a/DT response/NN | nsubj:1:0 ccomp:1:5 mark:5:2 nsubj:5:3 aux:5:4 obj:5:7 det:7:6 | IRN 130 ISR
        Iran/NNP warned/VBD/warn that/IN Israel/NNP would/MD face/VB slower/JJR growth/NN | nsubj:1:0 ccomp:1:5 mark:5:2 nsubj:5:3 aux:5:4 obj:5:7 amod:7:6 | -
        # a warning coordinated with a request is an act of its own, not the content of the request
        Britain/NNP urged/VBD/urge Iran/NNP to/TO leave/VB and/CC warned/VBD/warn Tehran/NNP | nsubj:1:0 obj:1:2 xcomp:1:4 mark:4:3 conj:1:6 cc:6:5 obj:6:7 | GBR 021 IRN; GBR 130 IRNGOV
        # a verb the tagger took for a noun still heads its clause
        French/JJ farmers/NNS/farmer said/VBD/say they/PRP would/MD blockade/NN Paris/NNP | amod:1:0 nsubj:2:1 ccomp:2:5 nsubj:5:3 aux:5:4 obj:5:6 | FRAAGR 137 FRAGOV intended
        # killing people by the hundred is a mass killing (202), not a clash of arms
        Russian/JJ troops/NNS/troop killed/VBD/kill hundreds/NNS/hundred of/IN Ukrainian/JJ civilians/NNS/civilian | amod:1:0 nsubj:2:1 obj:2:3 nmod:of:3:6 case:6:4 amod:6:5 | RUSMIL 202 UKRCVL
        # ... and a count in figures is one too (@many); a few people killed are a clash of arms
        Militants/NNS/militant killed/VBD/kill 500/CD villagers/NNS/villager in/IN Nigeria/NNP | nsubj:1:0 obj:1:3 nummod:3:2 obl:in:1:5 case:5:4 | NGAREB 202 NGACVL
        Militants/NNS/militant killed/VBD/kill 5/CD villagers/NNS/villager in/IN Nigeria/NNP | nsubj:1:0 obj:1:3 nummod:3:2 obl:in:1:5 case:5:4 | NGAREB 180 NGACVL
        # people driven out by the hundred thousand are a mass expulsion (201)
        Iran/NNP forced/VBD/force 500,000/CD Afghans/NNPS/afghan back/RB | nsubj:1:0 obj:1:3 nummod:3:2 advmod:1:4 | IRN 201 AFG
        # a shot at one person is an attempt on a life (185); one shot dead is assassinated (186)
        Gunmen/NNS/gunman shot/VBD/shoot Fico/NNP in/IN Slovakia/NNP | nsubj:1:0 obj:1:2 obl:in:1:4 case:4:3 | SVKUAF 185 SVKGOV
        Gunmen/NNS/gunman shot/VBD/shoot Fico/NNP dead/JJ in/IN Slovakia/NNP | nsubj:1:0 obj:1:2 xcomp:1:3 obl:in:1:5 case:5:4 | SVKUAF 186 SVKGOV
        # a hand row flagged add gives a word a sense and leaves it the generated ones
        Israel/NNP accepted/VBD/accept demands/NNS/demand from/IN Egypt/NNP | nsubj:1:0 obj:1:2 nmod:from:2:4 case:4:3 | ISR 080 EGY
        Israel/NNP accepted/VBD/accept an/DT invitation/NN from/IN Egypt/NNP | nsubj:1:0 obj:1:3 det:3:2 nmod:from:3:5 case:5:4 | ISR 036 EGY
        # idioms of wire copy: tribute paid is praise, backing lent is support, cold water poured on a plan rejects it
        Spain/NNP paid/VBD/pay tribute/NN to/IN Morocco/NNP | nsubj:1:0 obj:1:2 obl:to:1:4 case:4:3 | ESP 051 MAR
        Brazil/NNP lent/VBD/lend its/PRP$ backing/NN to/IN India/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 obl:to:1:5 case:5:4 | BRA 051 IND
        China/NNP poured/VBD/pour cold/JJ water/NN on/IN U.S./NNP plans/NNS/plan | nsubj:1:0 amod:3:2 obj:1:3 case:6:4 compound:6:5 obl:on:1:6 | CHN 120 USA
        China/NNP poured/VBD/pour scorn/NN on/IN U.S./NNP plans/NNS/plan | nsubj:1:0 obj:1:2 case:5:3 compound:5:4 obl:on:1:5 | CHN 111 USA
        # what is based somewhere is of that place
        Britain/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN entities/NNS/entity based/VBN/base in/IN China/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:on:1:4 acl:4:5 case:7:6 obl:in:5:7 | GBR 166 CHN
        Britain/NNP imposed/VBD/impose sanctions/NNS/sanction on/IN entities/NNS/entity | nsubj:1:0 obj:1:2 case:4:3 obl:on:1:4 | -
        Yemen/NNP struck/VBD/strike a/DT facility/NN belonging/VBG/belong to/IN Japan/NNP | nsubj:1:0 det:3:2 obj:1:3 acl:3:4 case:6:5 obl:to:4:6 | YEM 195 JPN
        Egyptian/JJ police/NNS/police arrested/VBD/arrest journalists/NNS/journalist working/VBG/work for/IN Al/NNP Jazeera/NNP | amod:1:0 nsubj:2:1 obj:2:3 acl:3:4 case:7:5 compound:7:6 obl:for:4:7 | EGYCOP 173 QATMED
        Israel/NNP sanctioned/VBD/sanction a/DT bank/NN controlled/VBN/control by/IN Hezbollah/NNP | nsubj:1:0 det:3:2 obj:1:3 acl:3:4 case:6:5 obl:agent:4:6 | ISR 166 LBNREB
        Israel/NNP sanctioned/VBD/sanction officials/NNS/official linked/VBN/link to/IN Hezbollah/NNP | nsubj:1:0 obj:1:2 acl:2:3 case:5:4 obl:to:3:5 | ISR 166 LBNREB
        Troops/NNS/troop loyal/JJ to/IN Assad/NNP attacked/VBD/attack Homs/NNP | amod:0:1 case:3:2 obl:to:1:3 nsubj:4:0 obj:4:5 | SYRMIL 190 SYR
        # the sides a clash is between, hung on the noun or on the verb it is the subject of; a side named only by its
        # role is of the other's country (one event: a country's sides in one act are told once)
        Fighting/NN/fighting between/IN the/DT army/NN and/CC Hezbollah/NNP | nmod:between:0:3 case:3:1 det:3:2 cc:5:4 conj:3:5 root:-1:0 | LBNREB 190 LBNMIL
        Clashes/NNS/clash broke/VBD/break out/RP between/IN the/DT army/NN and/CC Hezbollah/NNP | nsubj:1:0 compound:prt:1:2 obl:between:1:5 case:5:3 det:5:4 cc:7:6 conj:5:7 root:-1:1 | LBNREB 190 LBNMIL
        Clashes/NNS/clash broke/VBD/break out/RP between/IN the/DT army/NN and/CC protesters/NNS/protester | nsubj:1:0 compound:prt:1:2 obl:between:1:5 case:5:3 det:5:4 cc:7:6 conj:5:7 | -
        # ground a country's dissenters take, placed nowhere, is at home; a state's troops may take it anywhere
        Syrian/JJ rebels/NNS/rebel seized/VBD/seize the/DT town/NN of/IN Qusair/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:of:4:6 | SYRREB 192 SYR
        Russian/JJ troops/NNS/troop seized/VBD/seize the/DT town/NN of/IN Qusair/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:of:4:6 | -
        # homes torn down or demolished are property destroyed, not a blow at people
        Israeli/JJ troops/NNS/troop demolished/VBD/demolish Palestinian/JJ homes/NNS/home | amod:1:0 nsubj:2:1 amod:4:3 obj:2:4 | ISRMIL 1712 PSE
        Israeli/JJ troops/NNS/troop tore/VBD/tear down/RP Palestinian/JJ homes/NNS/home | amod:1:0 nsubj:2:1 compound:prt:2:3 amod:5:4 obj:2:5 | ISRMIL 1712 PSE
        # a verb in the past set beside a negated one is not under its negation; a base form is
        China/NNP did/VBD/do not/RB confirm/VB casualties/NNS/casualty but/CC accused/VBD/accuse India/NNP | nsubj:3:0 aux:3:1 advmod:3:2 obj:3:4 cc:6:5 conj:3:6 obj:6:7 | CHN 112 IND
        China/NNP did/VBD/do not/RB meet/VB or/CC accuse/VB India/NNP | nsubj:3:0 aux:3:1 advmod:3:2 cc:5:4 conj:3:5 obj:5:6 | CHN 112 IND negated
        # those killed in a clash with a side were killed by that side
        Twenty/CD Indian/JJ soldiers/NNS/soldier were/VBD/be killed/VBN/kill in/IN a/DT clash/NN with/IN Chinese/JJ troops/NNS/troop | nummod:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 case:7:5 det:7:6 obl:in:4:7 case:10:8 amod:10:9 nmod:with:7:10 | CHNMIL 190 INDMIL
        # a lockdown lifted is a curfew eased, at home; the army called in is force mobilised, in either parse
        China/NNP lifted/VBD/lift a/DT lockdown/NN on/IN Wuhan/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:on:3:5 | CHN 0813 CHN
        Pakistan/NNP called/VBD/call in/RP the/DT army/NN | nsubj:1:0 compound:prt:1:2 det:4:3 obj:1:4 | PAK 154 PAK
        Pakistan/NNP called/VBD/call in/IN the/DT army/NN | nsubj:1:0 case:4:2 det:4:3 obl:in:1:4 | PAK 154 PAK
        # a person handed over to a country is judicial cooperation; prisoners handed over are released
        Bolivia/NNP handed/VBD/hand over/RP fugitive/NN Cesare/NNP Battisti/NNP to/IN Italy/NNP | nsubj:1:0 compound:prt:1:2 compound:5:3 compound:5:4 obj:1:5 case:7:6 obl:to:1:7 | BOL 063 ITA
        Iraq/NNP handed/VBD/hand over/RP prisoners/NNS/prisoner to/IN Kuwait/NNP | nsubj:1:0 compound:prt:1:2 obj:1:3 case:5:4 obl:to:1:5 | IRQ 0841 KWT
        # a complaint filed with a body is aimed at whom it is over; one lodged with a state, at that state
        Seoul/NNP filed/VBD/file a/DT complaint/NN with/IN the/DT WTO/NNP over/IN Japan/NNP 's/POS controls/NNS/control | nsubj:1:0 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:with:3:6 case:10:7 nmod:poss:10:8 case:8:9 obl:over:1:10 | KORGOV 114 JPN
        Manila/NNP lodged/VBD/lodge a/DT protest/NN with/IN China/NNP over/IN the/DT incident/NN | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:with:3:5 case:8:6 det:8:7 obl:over:1:8 | PHLGOV 114 CHN
        # a group named by its organisation is that organisation, not the country that owns it
        Lebanon/NNP 's/POS Hezbollah/NNP group/NN fired/VBD/fire rockets/NNS/rocket at/IN Israel/NNP | nmod:poss:3:0 case:0:1 compound:3:2 nsubj:4:3 obj:4:5 case:7:6 obl:at:4:7 | LBNREB 190 ISR
        # a city struck is its country struck
        Russia/NNP struck/VBD/strike Kharkiv/NNP | nsubj:1:0 obj:1:2 | RUS 195 UKR
        # an attack that lost its target is not coded as a monadic event
        Kenya/NNP attacked/VBD/attack the/DT convoy/NN | nsubj:1:0 obj:1:3 det:3:2 | -
        # an event noun that is only a possibility is hypothetical, not an attack that happened
        A/DT possible/JJ Chinese/JJ attack/NN on/IN Taiwan/NNP worried/VBD/worry Japan/NNP | det:3:0 amod:3:1 amod:3:2 nmod:on:3:5 case:5:4 nsubj:6:3 obj:6:7 | CHN 190 TWN hypothetical
        # a negated event has modality negated and is still listed, but not as happened
        Iran/NNP did/VBD/do not/RB meet/VB Iraq/NNP | aux:3:1 advmod:3:2 nsubj:3:0 obj:3:4 | IRN 040 IRQ negated
        # ... and so is one a side says it will not do (coding it as a refusal, root 12, found nothing more on the dev
        # sets and a false event on a no-event sentence)
        Iran/NNP will/MD not/RB negotiate/VB with/IN Iraq/NNP | nsubj:3:0 aux:3:1 advmod:3:2 obl:with:3:5 case:5:4 | IRN 046 IRQ negated
        # an attack by its weapon alone is of the country where it happens (a bomb's is a bombing, 183); people it falls on are that country's civilians
        A/DT bomb/NN near/IN Samarra/NNP killed/VBD/kill three/CD U.S./NNP soldiers/NNS/soldier | det:1:0 nmod:near:1:3 case:3:2 nsubj:4:1 obj:4:7 nummod:7:5 compound:7:6 | IRQ 183 USAMIL
        A/DT bomb/NN killed/VBD/kill three/CD people/NNS in/IN Samarra/NNP | det:1:0 nsubj:2:1 obj:2:4 nummod:4:3 obl:in:2:6 case:6:5 | IRQ 183 IRQCVL
        Eight/CD soldiers/NNS/soldier were/VBD/be killed/VBN/kill by/IN a/DT bomb/NN in/IN Thailand/NNP | nummod:1:0 nsubj:pass:3:1 aux:pass:3:2 obl:agent:3:6 case:6:4 det:6:5 obl:in:3:8 case:8:7 | THA 183 THAMIL
        # ... and with no place named, no one: an attacker left unnamed is not the victim's country
        A/DT bomb/NN killed/VBD/kill three/CD U.S./NNP soldiers/NNS/soldier | det:1:0 nsubj:2:1 obj:2:5 nummod:5:3 compound:5:4 | -
        # armed men named only by their role are of the place where they strike; troops may be foreign, and are not
        Gunmen/NNS/gunman killed/VBD/kill three/CD villagers/NNS/villager in/IN Peshawar/NNP | nsubj:1:0 obj:1:3 nummod:3:2 obl:in:1:5 case:5:4 | PAKUAF 180 PAKCVL
        Troops/NNS/troop killed/VBD/kill three/CD villagers/NNS/villager in/IN Peshawar/NNP | nsubj:1:0 obj:1:3 nummod:3:2 obl:in:1:5 case:5:4 | -
        # a country's word on what was hit is the target, not the place of the attacker
        Militants/NNS/militant fired/VBD/fire rockets/NNS/rocket at/IN Israeli/JJ towns/NNS/town | nsubj:1:0 obj:1:2 obl:at:1:5 case:5:3 amod:5:4 | -
        # tear gas is repression, aimed at the crowd where it is fired; stones thrown at troops are a riot
        Police/NNS/police fired/VBD/fire tear/NN gas/NN at/IN protesters/NNS/protester in/IN Tehran/NNP | nsubj:1:0 obj:1:3 compound:3:2 obl:at:1:5 case:5:4 obl:in:1:7 case:7:6 | IRNCOP 175 IRNCVL
        Palestinians/NNPS/palestinian hurled/VBD/hurl stones/NNS/stone at/IN Israeli/JJ troops/NNS/troop | nsubj:1:0 obj:1:2 obl:at:1:5 case:5:3 amod:5:4 | PSE 145 ISRMIL
        """)
    void a_parsed_sentence_gives_its_events(String sentence, String deps, String expected) {
        assertEvents(sentence, deps, expected);
    }

    /** The table goes on: the class file format holds one text block to 64 KB. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # troops massed near a country are a show of force against it; a plural the tagger left as the lemma still matches
        Russia/NNP massed/VBD/mass troops/NNS/troops near/IN Ukraine/NNP | nsubj:1:0 obj:1:2 nmod:near:2:4 case:4:3 | RUS 154 UKR
        # peacekeepers arriving protect the place; a bailout approved for a country is economic aid
        Nigerian/JJ peacekeepers/NNS/peacekeeper arrived/VBD/arrive in/IN Liberia/NNP | amod:1:0 nsubj:2:1 obl:in:2:4 case:4:3 | NGAMIL 074 LBR
        Japan/NNP approved/VBD/approve a/DT loan/NN for/IN Kenya/NNP | nsubj:1:0 obj:1:3 det:3:2 nmod:for:3:5 case:5:4 | JPN 071 KEN
        # an ethnic people is not a state: "ethnic Albanians" in Serbia are of Serbia, as a crowd is
        Ethnic/JJ Albanians/NNPS/albanian demonstrated/VBD/demonstrate in/IN Serbia/NNP | amod:1:0 nsubj:2:1 obl:in:2:4 case:4:3 | SRBCVL 141 SRB
        Albanians/NNPS/albanian demonstrated/VBD/demonstrate in/IN Serbia/NNP | nsubj:1:0 obl:in:1:3 case:3:2 | ALB 141 SRB
        # an arrest told in the passive with no one named is the act of the state where it happens; a lawsuit is 115
        A/DT Canadian/JJ missionary/NN was/VBD/be arrested/VBN/arrest in/IN Lebanon/NNP | det:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 obl:in:4:6 case:6:5 | LBN 173 CANREL
        # the state's agents named only by their role in the passive are of the country where they act, as in the active
        A/DT Canadian/JJ missionary/NN was/VBD/be arrested/VBN/arrest by/IN soldiers/NNS/soldier in/IN Lebanon/NNP | det:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 obl:by:4:6 case:6:5 obl:in:4:8 case:8:7 | LBNMIL 173 CANREL
        Iran/NNP sued/VBD/sue Iraq/NNP | nsubj:1:0 obj:1:2 | IRN 115 IRQ
        # a protest by a people named only by its country, with no place, is aimed at home too
        Algerians/NNPS/algerian rallied/VBD/rally | nsubj:1:0 | DZA 141 DZA
        # a threat's condition names whoever must comply: "it" is the last other side named, "the government" the threatener's own
        Palestinians/NNPS/palestinian threatened/VBD/threaten to/TO leave/VB talks/NNS/talk with/IN Israel/NNP unless/IN it/PRP stops/VBZ/stop | nsubj:1:0 xcomp:1:3 mark:3:2 obj:3:4 nmod:with:4:6 case:6:5 advcl:3:9 mark:9:7 nsubj:9:8 | PSE 130 ISR
        Kenyan/JJ rebels/NNS/rebel threatened/VBD/threaten to/TO fight/VB unless/IN the/DT government/NN resigns/VBZ/resign | amod:1:0 nsubj:2:1 xcomp:2:4 mark:4:3 advcl:4:8 mark:8:5 det:7:6 nsubj:8:7 | KENREB 130 KENGOV
        # what a claim or a report holds is not asserted
        Kuwait/NNP cited/VBD/cite reports/NNS/report that/IN Iraq/NNP attacked/VBD/attack Iran/NNP | nsubj:1:0 obj:1:2 acl:2:5 mark:5:3 nsubj:5:4 obj:5:6 | IRQ 190 IRN hypothetical
        # an act condemned with no party named is aimed at whoever did it to the condemning side
        China/NNP fired/VBD/fire missiles/NNS/missile at/IN Taiwan/NNP and/CC Taipei/NNP condemned/VBD/condemn the/DT attack/NN | nsubj:1:0 obj:1:2 case:4:3 obl:at:1:4 cc:7:5 nsubj:7:6 conj:1:7 det:9:8 obj:7:9 | CHN 190 TWN; TWNGOV 111 CHN
        # drills around a country are a show of force aimed at it, the phrase hung on their count included
        China/NNP held/VBD/hold two/CD days/NNS/day of/IN drills/NNS/drill around/IN Taiwan/NNP | nsubj:1:0 nummod:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:7:6 nmod:around:3:7 | CHN 150 TWN
        # a missile fired into the sea is a show of force at no one; condemning it is aimed at whoever fired it
        Pyongyang/NNP fired/VBD/fire a/DT missile/NN toward/IN the/DT sea/NN and/CC Seoul/NNP condemned/VBD/condemn the/DT launch/NN | nsubj:1:0 det:3:2 obj:1:3 case:6:4 det:6:5 obl:toward:1:6 cc:9:7 nsubj:9:8 conj:1:9 det:11:10 obj:9:11 | PRKGOV 150 -; KORGOV 111 PRKGOV
        # people killed as an attack goes on are where it struck, not of the attacker's country
        Russia/NNP pounded/VBD/pound Kyiv/NNP killing/VBG/kill two/CD people/NNS/people | nsubj:1:0 obj:1:2 conj:1:3 nummod:5:4 obj:3:5 | RUS 190 UKRGOV
        # a state's war machines act for its military: a fighter jet is no fighter
        Thai/JJ fighter/NN jets/NNS/jet struck/VBD/strike Cambodia/NNP | amod:2:0 compound:2:1 nsubj:3:2 obj:3:4 | THAMIL 195 KHM
        # a town taken is ground occupied (192); people taken are not
        Rebels/NNS/rebel captured/VBD/capture Goma/NNP | nsubj:1:0 obj:1:2 | CODREB 192 COD
        # ... or of the country the attack it goes on from struck (one event: the killing is not of Israel's own)
        Israel/NNP struck/VBD/strike Iran/NNP 's/POS sites/NNS/site and/CC killed/VBD/kill commanders/NNS/commander | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 cc:6:5 conj:1:6 obj:6:7 | ISR 195 IRN
        # a curfew imposed, a building set on fire by a crowd: the side named by its role is of the place, and so
        # is the institution whose building burns
        The/DT army/NN imposed/VBD/impose a/DT curfew/NN in/IN Kathmandu/NNP | det:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:in:4:6 | NPLMIL 1723 NPL
        Protesters/NNS/protester set/VBD/set fire/NN to/IN parliament/NN in/IN Kathmandu/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 case:6:5 obl:in:1:6 | NPLCVL 145 NPLLEG
        # police who shot protesters at a rally did not rally: they repressed it
        Police/NNS/police shot/VBD/shoot protesters/NNS/protester at/IN a/DT rally/NN in/IN Kathmandu/NNP | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:at:1:5 case:7:6 nmod:in:5:7 | NPLCOP 175 NPL
        # what cooperation or talks are on is their topic: the sides cooperate with each other, not with North Korea
        Seoul/NNP and/CC Tokyo/NNP agreed/VBD/agree to/TO deepen/VB cooperation/NN on/IN North/NNP Korea/NNP | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 obj:5:6 case:9:7 compound:9:8 nmod:on:6:9 | KORGOV 031 JPNGOV intended; JPNGOV 031 KORGOV intended
        # put under investigation or arrest: the act of the state where it happens, on whoever was put there
        A/DT US/NNP national/NN was/VBD/be put/VBN/put under/IN investigation/NN in/IN Italy/NNP | det:2:0 compound:2:1 nsubj:pass:4:2 aux:pass:4:3 case:6:5 obl:under:4:6 case:8:7 obl:in:4:8 | ITA 090 USA
        # forces put on alert answer whoever struck the side
        Pyongyang/NNP shelled/VBD/shell Seoul/NNP and/CC Seoul/NNP put/VBD/put its/PRP$ military/NN on/IN alert/NN | nsubj:1:0 obj:1:2 cc:5:3 nsubj:5:4 conj:1:5 nmod:poss:7:6 obj:5:7 case:9:8 obl:on:5:9 | PRKGOV 194 KORGOV; KORGOV 152 PRKGOV
        # a verb the parser conjoined to the object before it has that object's verb's subject
        Turkey/NNP seized/VBD/seize weapons/NNS/weapon and/CC detained/VBN/detain Iranians/NNPS/iranian | nsubj:1:0 obj:1:2 cc:4:3 conj:2:4 obj:4:5 | TUR 173 IRN
        # people ordered out of a country are expelled by the state that orders them
        French/JJ workers/NNS/worker were/VBD/be ordered/VBN/order out/IN of/IN Sudan/NNP | amod:1:0 nsubj:pass:3:1 aux:pass:3:2 case:6:4 case:6:5 obl:out:3:6 | SDN 174 FRALAB
        # strikes vowed to go on until another side yields are a threat against it; a war pressed on with, where it is fought
        Hamas/NNP vowed/VBD/vow to/TO keep/VB up/RP the/DT strikes/NNS/strike until/IN Israel/NNP halts/VBZ/halt | nsubj:1:0 mark:3:2 xcomp:1:3 compound:prt:3:4 det:6:5 obj:3:6 mark:9:7 nsubj:9:8 advcl:3:9 | PSEREB 1384 ISR intended
        Israel/NNP vowed/VBD/vow to/TO press/VB on/RP with/IN the/DT war/NN in/IN Gaza/NNP | nsubj:1:0 mark:3:2 xcomp:1:3 compound:prt:3:4 case:7:5 det:7:6 obl:with:3:7 case:9:8 nmod:in:7:9 | ISR 1384 PSE intended
        # government soldiers are the state's own where they act; plain troops may be anyone's
        Government/NN soldiers/NNS/soldier killed/VBD/kill villagers/NNS/villager in/IN Rwanda/NNP | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:in:2:5 | RWAMIL 190 RWACVL
        Soldiers/NNS/soldier killed/VBD/kill villagers/NNS/villager in/IN Rwanda/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 | -
        # what an act is for names whom it is aimed at when nothing else does: reservists mobilized for a war against Iraq
        Britain/NNP mobilized/VBD/mobilize reservists/NNS/reservist for/IN a/DT war/NN against/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:for:1:5 case:7:6 nmod:against:5:7 | GBR 154 IRQ
        # a claim of responsibility is aimed where the act of force it claims was
        Hamas/NNP attacked/VBD/attack Israel/NNP and/CC Hamas/NNP claimed/VBD/claim responsibility/NN | nsubj:1:0 obj:1:2 cc:5:3 nsubj:5:4 conj:1:5 obj:5:6 | PSEREB 190 ISR; PSEREB 015 ISR
        # ... or at the target of the attack it names ("an attack on Israel's airport"), read as an attack's
        Houthis/NNPS/houthi claimed/VBD/claim responsibility/NN for/IN an/DT attack/NN on/IN Israel/NNP 's/POS airport/NN | nsubj:1:0 obj:1:2 case:5:3 det:5:4 nmod:for:2:5 case:9:6 nmod:poss:9:7 case:7:8 nmod:on:5:9 | YEMREB 015 ISR
        # a building that stands for a government is where a peaceful act took place, not its party
        Armenia/NNP and/CC Azerbaijan/NNP signed/VBD/sign an/DT agreement/NN at/IN the/DT White/NNP House/NNP | nsubj:3:0 cc:2:1 conj:0:2 det:5:4 obj:3:5 case:9:6 det:9:7 compound:9:8 nmod:at:5:9 | ARM 057 AZE; AZE 057 ARM
        Sudan/NNP 's/POS army/NN and/CC the/DT Rapid/NNP Support/NNP Forces/NNPS signed/VBD/sign a/DT truce/NN | nmod:poss:2:0 case:0:1 nsubj:8:2 cc:7:3 det:7:4 compound:7:5 compound:7:6 conj:2:7 det:10:9 obj:8:10 | SDNMIL 057 SDNREB
        Chinese/JJ President/NNP Xi/NNP and/CC Premier/NNP Li/NNP Qiang/NNP met/VBD/meet | amod:2:0 compound:2:1 nsubj:7:2 cc:5:3 compound:5:4 conj:2:5 flat:5:6 | -
        Protesters/NNS/protester rallied/VBD/rally at/IN the/DT White/NNP House/NNP | nsubj:1:0 case:5:2 det:5:3 compound:5:4 obl:at:1:5 | USACVL 141 USAGOV
        # people sent to give relief are aid
        Turkey/NNP sent/VBD/send rescue/NN teams/NNS/team to/IN Syria/NNP | nsubj:1:0 compound:3:2 obj:1:3 case:5:4 obl:to:1:5 | TUR 073 SYR
        # help sent with no one named goes to the one other country the sentence has named; arms sent so are a deployment
        a/DT quake/NN struck/VBD/strike Myanmar/NNP and/CC China/NNP sent/VBD/send rescue/NN teams/NNS/team | det:1:0 nsubj:2:1 obj:2:3 cc:6:4 nsubj:6:5 conj:2:6 compound:8:7 obj:6:8 | CHN 073 MMR
        China/NNP held/VBD/hold drills/NNS/drill near/IN Taiwan/NNP and/CC Taipei/NNP sent/VBD/send jets/NNS/jet | nsubj:1:0 obj:1:2 case:4:3 nmod:near:2:4 cc:7:5 nsubj:7:6 conj:1:7 obj:7:8 | CHN 150 TWN
        # force aimed at some of "its" own falls on the speaker above, named at the possessive, not the speaker's span
        Manila/NNP said/VBD/say Chinese/JJ ships/NNS/ship fired/VBD/fire water/NN cannon/NN at/IN one/CD of/IN its/PRP$ vessels/NNS/vessel | nsubj:1:0 root:-1:1 amod:3:2 nsubj:4:3 ccomp:1:4 compound:6:5 obj:4:6 case:8:7 obl:at:4:8 case:11:9 nmod:poss:11:10 nmod:of:8:11 | CHN 175 PHLGOV reported
        # another's aircraft intercepted meet a show of force; a state's air defences are its forces
        Poland/NNP intercepted/VBD/intercept a/DT Russian/JJ aircraft/NN | nsubj:1:0 obj:1:4 det:4:2 amod:4:3 | POL 150 RUSMIL
        Ukraine/NNP 's/POS air/NN defences/NNS/defence intercepted/VBD/intercept Russian/JJ drones/NNS/drone | nmod:poss:3:0 case:0:1 compound:3:2 nsubj:4:3 obj:4:6 amod:6:5 | UKRMIL 190 RUS
        # a warning that another's act will have consequences is a threat against whoever acted
        Iran/NNP warned/VBD/warn that/IN U.S./NNP strikes/NNS/strike would/MD have/VB/have consequences/NNS/consequence | nsubj:1:0 mark:6:2 compound:4:3 nsubj:6:4 aux:6:5 ccomp:1:6 obj:6:7 | IRN 130 USA
        # a "-" row with conditions silences that use only: a leader inspecting his own warship is no investigation
        Kim/NNP inspected/VBD/inspect a/DT North/NNP Korean/JJ destroyer/NN | nsubj:1:0 det:5:2 amod:5:4 compound:4:3 obj:1:5 | -
        Iraq/NNP inspected/VBD/inspect Iran/NNP 's/POS sites/NNS/site | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 | IRQ 090 IRN
        # tariffs slapped on goods are aimed at the goods' country; walking out of talks halts them
        Washington/NNP slapped/VBD/slap tariffs/NNS/tariff on/IN Indian/JJ goods/NNS/good | nsubj:1:0 obj:1:2 case:5:3 amod:5:4 obl:on:1:5 | USAGOV 166 IND
        # restrictions waived or lifted are eased, aimed at whom they were on, however deep it sits
        China/NNP waived/VBD/waive tariffs/NNS/tariff on/IN Australian/JJ barley/NN | nsubj:1:0 obj:1:2 case:5:3 amod:5:4 nmod:on:2:5 | CHN 085 AUS
        China/NNP lifted/VBD/lift curbs/NNS/curb on/IN imports/NNS/import from/IN Philippine/JJ exporters/NNS/exporter | nsubj:1:0 obj:1:2 case:4:3 nmod:on:2:4 case:7:5 amod:7:6 nmod:from:4:7 | CHN 085 PHL
        # an act weighed or considered is a policy option considered, aimed where the act would be
        Japan/NNP considered/VBD/consider imposing/VBG/impose sanctions/NNS/sanction on/IN Russia/NNP | nsubj:1:0 xcomp:1:2 obj:2:3 case:5:4 obl:on:2:5 | JPN 014 RUS
        Japan/NNP is/VBZ/be weighing/VBG/weigh whether/IN to/TO impose/VB/impose sanctions/NNS/sanction on/IN Russia/NNP | nsubj:2:0 aux:2:1 xcomp:2:5 mark:5:3 mark:5:4 obj:5:6 case:8:7 obl:on:5:8 | JPN 014 RUS
        # an inquiry opened is coded by its noun, with the opener; goods stand for where they come from
        Australia/NNP opened/VBD/open an/DT inquiry/NN/inquiry into/IN steel/NN imported/VBN/import from/IN China/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:into:3:5 acl:5:6 case:8:7 obl:from:6:8 | AUS 090 CHN
        # a response after a comma is its own act, whatever the verb above ("rejected mediation, rebuffing an offer"), and
        # after a clause denied, the denier's
        India/NNP rejected/VBD/reject mediation/NN ,/, rebuffing/VBG/rebuff Pakistan/NNP 's/POS offer/NN | nsubj:1:0 obj:1:2 punct:1:3 advcl:1:4 nmod:poss:7:5 case:5:6 obj:4:7 | IND 120 PAK
        Russia/NNP denied/VBD/deny that/IN its/PRP$ jets/NNS/jet bombed/VBD/bomb Georgian/JJ villages/NNS/village ,/, rejecting/VBG/reject an/DT accusation/NN by/IN Georgia/NNP | nsubj:1:0 mark:5:2 nmod:poss:4:3 nsubj:5:4 ccomp:1:5 amod:7:6 obj:5:7 punct:5:8 dep:5:9 det:11:10 obj:9:11 case:13:12 nmod:by:11:13 | RUSMIL 195 GEOCVL hypothetical; RUS 120 GEO
        # a rival beaten at the polls is no assault
        Georgia/NNP 's/POS president/NN beat/VBD/beat the/DT opposition/NN in/IN the/DT election/NN | nmod:poss:2:0 case:0:1 nsubj:3:2 det:5:4 obj:3:5 case:8:6 det:8:7 obl:in:3:8 | -
        # a deadline given is an ultimatum; one given to leave, an expulsion
        NATO/NNP gave/VBD/give Serbia/NNP four/CD days/NNS/day to/TO comply/VB | nsubj:1:0 iobj:1:2 nummod:4:3 obj:1:4 mark:6:5 advcl:to:1:6 | NAT 139 SRB
        Chad/NNP gave/VBD/give Germany/NNP 's/POS ambassador/NN two/CD days/NNS/day to/TO leave/VB | nsubj:1:0 nmod:poss:4:2 case:2:3 iobj:1:4 nummod:6:5 obj:1:6 mark:8:7 advcl:to:1:8 | TCD 164 DEUGOV
        # letting another side do something is yielding to it
        Uzbekistan/NNP let/VBD/let American/JJ forces/NNS/force use/VB its/PRP$ airfields/NNS/airfield | nsubj:1:0 amod:3:2 nsubj:4:3 ccomp:1:4 nmod:poss:6:5 obj:4:6 | UZB 080 USAMIL
        # talks broken off or called off are negotiations halted, aimed at the other side; a count of years is no matter
        Colombia/NNP broke/VBD/break off/RP three/CD years/NNS/year of/IN talks/NNS/talk with/IN Venezuela/NNP | nsubj:1:0 compound:prt:1:2 nummod:4:3 obj:1:4 case:6:5 nmod:of:4:6 case:8:7 nmod:with:6:8 | COL 163 VEN
        Ukraine/NNP walked/VBD/walk out/IN of/IN talks/NNS/talk with/IN Russia/NNP | nsubj:1:0 case:4:2 case:4:3 obl:out:1:4 case:6:5 nmod:with:4:6 | UKR 163 RUS
        # a place name before "City", "region", "state" makes a place
        Israel/NNP withdrew/VBD/withdraw troops/NNS/troop from/IN Gaza/NNP City/NNP | nsubj:1:0 obj:1:2 case:5:3 compound:5:4 obl:from:1:5 | ISR 087 PSE
        # a state freeing prisoners named by no country frees its own; during a visit, the visit is the pledger's too
        Belarus/NNP freed/VBD/free 52/CD prisoners/NNS/prisoner | nsubj:1:0 nummod:3:2 obj:1:3 | BLR 0841 BLR
        Myanmar/NNP pledged/VBD/pledge to/TO free/VB prisoners/NNS/prisoner during/IN a/DT visit/NN to/IN Britain/NNP | nsubj:1:0 mark:3:2 xcomp:1:3 obj:3:4 case:7:5 det:7:6 obl:during:3:7 case:9:8 nmod:to:7:9 | MMR 035 MMR intended; MMR 042 GBR
        # a war machine the row names is the means of the act, not its own side acted on
        Pyongyang/NNP fired/VBD/fire artillery/NN | nsubj:1:0 obj:1:2 | -
        Pyongyang/NNP fired/VBD/fire artillery/NN at/IN Seoul/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:at:1:4 | PRKGOV 190 KORGOV
        # refusing to resign with no one pressing for it named is aimed at home
        # arrests as reporters write them: "hauled in", "carted off"
        Thai/JJ soldiers/NNS/soldier hauled/VBD/haul in/RP a/DT former/JJ minister/NN | amod:1:0 nsubj:2:1 compound:prt:2:3 det:6:4 amod:6:5 obj:2:6 | THAMIL 173 THAGOV
        # a resignation that bows to protests is aimed at the country's own; to another's demands, at that side
        Georgia/NNP 's/POS president/NN resigned/VBD/resign ,/, bowing/VBG/bow to/IN weeks/NNS/week of/IN protests/NNS/protest | nmod:poss:2:0 case:0:1 nsubj:3:2 punct:3:4 advcl:3:5 case:7:6 obl:to:5:7 case:9:8 nmod:of:7:9 | GEOGOV 083 GEO
        Haiti/NNP 's/POS president/NN resigned/VBD/resign ,/, bowing/VBG/bow to/IN American/JJ demands/NNS/demand | nmod:poss:2:0 case:0:1 nsubj:3:2 punct:3:4 advcl:3:5 case:8:6 amod:8:7 obl:to:5:8 | HTIGOV 083 USA
        Haiti/NNP 's/POS president/NN resigned/VBD/resign after/IN weeks/NNS/week of/IN protests/NNS/protest | nmod:poss:2:0 case:0:1 nsubj:3:2 case:5:4 obl:after:3:5 case:7:6 nmod:of:5:7 | HTIGOV 083 HTI
        Kenya/NNP 's/POS president/NN declined/VBD/decline to/TO resign/VB | nmod:poss:2:0 case:0:1 nsubj:3:2 mark:5:4 xcomp:3:5 | KENGOV 120 KEN
        # the speaker's own forces, by a possessive in the clause said; a withdrawal from a town of its own is one-sided
        Serbs/NNPS/serb said/VBD/say their/PRP$ forces/NNS/force withdrew/VBD/withdraw from/IN Serbia/NNP | nsubj:1:0 nmod:poss:3:2 nsubj:4:3 ccomp:1:4 case:6:5 obl:from:4:6 | SRBMIL 087 SRB reported
        Serbia/NNP withdrew/VBD/withdraw from/IN Serbia/NNP | nsubj:1:0 case:3:2 obl:from:1:3 | SRB 087 -
        # a leader or spokesman speaks for the body before it, in the body's role
        Egypt/NNP received/VBD/receive Hamas/NNP leader/NN Hayya/NNP | nsubj:1:0 compound:3:2 compound:4:3 obj:1:4 | EGY 043 PSEREB
        # what cooperation is "on" is its topic, on the verb as under its object
        Japan/NNP will/MD cooperate/VB on/IN Iran/NNP | nsubj:2:0 aux:2:1 case:4:3 obl:on:2:4 | -
        # agreeing to send a delegation for talks is the talks intended, not an agreement with where it goes
        Israel/NNP agreed/VBD/agree to/TO send/VB a/DT delegation/NN to/IN Doha/NNP for/IN talks/NNS/talk with/IN Hamas/NNP | nsubj:1:0 mark:3:2 xcomp:1:3 det:5:4 obj:3:5 case:7:6 obl:to:3:7 case:9:8 obl:for:3:9 case:11:10 nmod:with:9:11 | ISR 036 PSEREB intended
        # a verb's second object is what the first is called: naming, not a phone call
        whom/WP Beijing/NNP calls/VBZ/call a/DT separatist/NN | obj:2:0 nsubj:2:1 det:4:3 xcomp:2:4 | -
        Beijing/NNP called/VBD/call Washington/NNP | nsubj:1:0 obj:1:2 | CHNGOV 041 USAGOV
        # a thing struck is where it stands, whether the place hangs on it or on the verb; a bomb set off is the means
        Rebels/NNS/rebel attacked/VBD/attack a/DT convoy/NN in/IN Mali/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 obl:in:1:5 | MLIREB 190 MLI
        Kurdish/JJ militants/NNS/militant detonated/VBD/detonate a/DT bomb/NN in/IN Istanbul/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 obl:in:2:6 | -
        # "Thai and Cambodian troops", the first demonym parsed as a noun of its own: the role noun is shared
        Thai/NNP and/CC Cambodian/JJ troops/NNS/troop exchanged/VBD/exchange fire/NN | nsubj:4:0 cc:3:1 amod:3:2 conj:0:3 obj:4:5 | THAMIL 194 KHMMIL; KHMMIL 194 THAMIL
        # storming needs something stormed; a crowd storming a parliament riots; storming off from talks walks out
        Protesters/NNS/protester stormed/VBD/storm the/DT parliament/NN in/IN Nepal/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:in:3:5 | NPLCVL 145 NPLLEG
        Marines/NNPS/marine stormed/VBD/storm ashore/RB at/IN Mogadishu/NNP | nsubj:1:0 advmod:1:2 case:4:3 obl:at:1:4 | -
        Iran/NNP stormed/VBD/storm off/RP from/IN talks/NNS/talk with/IN Russia/NNP | nsubj:1:0 compound:prt:1:2 case:4:3 obl:from:1:4 case:6:5 nmod:with:4:6 | IRN 163 RUS
        # roads blocked are a protest's obstruction; "Farmers" opening a sentence, tagged a proper noun, is still a role
        Farmers/NNPS blocked/VBD/block highways/NNS/highway in/IN France/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 | FRAAGR 144 FRA
        # what is ruled out is aimed where the act would be; a request turned down is rejected
        Germany/NNP ruled/VBD/rule out/RP sending/VBG/send missiles/NNS/missile to/IN Ukraine/NNP | nsubj:1:0 compound:prt:1:2 dep:1:3 obj:3:4 case:6:5 obl:to:3:6 | DEU 120 UKR
        Tokyo/NNP turned/VBD/turn down/RP Beijing/NNP 's/POS request/NN | nsubj:1:0 compound:prt:1:2 nmod:poss:5:3 case:3:4 obj:1:5 | JPNGOV 120 CHNGOV
        # a warning that "it would" act is a threat, aimed where the act is or at whoever must not provoke it
        Iran/NNP warned/VBD/warn it/PRP would/MD close/VB the/DT strait/NN if/IN Washington/NNP attacked/VBD/attack | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 det:6:5 obj:4:6 mark:9:7 nsubj:9:8 advcl:4:9 | IRN 130 USAGOV
        China/NNP warned/VBD/warn it/PRP would/MD impose/VB tariffs/NNS/tariff on/IN Japan/NNP | nsubj:1:0 ccomp:1:4 nsubj:4:2 aux:4:3 obj:4:5 case:7:6 obl:on:4:7 | CHN 130 JPN
        # ties restored are diplomatic cooperation of both
        Riyadh/NNP and/CC Tehran/NNP restored/VBD/restore ties/NNS/tie | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 | SAUGOV 054 IRNGOV; IRNGOV 054 SAUGOV
        # an occasion with its own agent is the agent's, not the clause subject's
        Russia/NNP and/CC Iran/NNP signed/VBD/sign a/DT treaty/NN during/IN Putin/NNP 's/POS visit/NN to/IN Tehran/NNP | nsubj:3:0 cc:2:1 conj:0:2 det:5:4 obj:3:5 case:9:6 nmod:poss:9:7 case:7:8 obl:during:3:9 case:11:10 nmod:to:9:11 | RUS 057 IRN; IRN 057 RUS; RUSGOV 042 IRNGOV
        # a response or a show of force "after" another side acted, or "in response to" its act, answers it
        Japan/NNP scrambled/VBD/scramble jets/NNS/jet after/IN Russian/JJ planes/NNS/plane flew/VBD/fly | nsubj:1:0 obj:1:2 mark:6:3 amod:5:4 nsubj:6:5 advcl:after:1:6 | JPN 150 RUS
        Venezuela/NNP deployed/VBD/deploy troops/NNS/troop in/IN response/NN to/IN the/DT U.S./NNP buildup/NN | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 case:8:5 det:8:6 compound:8:7 nmod:to:4:8 | VEN 154 USA
        # the state a country's rebels deal with is theirs; the state's own forces act in the one country named
        Iraqi/JJ rebels/NNS/rebel accused/VBD/accuse the/DT army/NN of/IN lying/VBG/lie | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 mark:6:5 advcl:of:2:6 | IRQREB 112 IRQMIL
        Iraq/NNP 's/POS leader/NN resigned/VBD/resign after/IN security/NN forces/NNS/force killed/VBD/kill protesters/NNS/protester | nmod:poss:2:0 case:0:1 nsubj:3:2 mark:7:4 compound:6:5 nsubj:7:6 advcl:after:3:7 obj:7:8 | IRQGOV 083 -; IRQMIL 175 IRQCVL
        # weapons shipments paused to a side are military aid reduced, not an embargo
        Iran/NNP paused/VBD/pause weapons/NNS/weapon shipments/NNS/shipment to/IN Iraq/NNP | nsubj:1:0 compound:3:2 obj:1:3 case:5:4 nmod:to:3:5 | IRN 1622 IRQ
        # people sent to act, named only by their role, act for the sender
        Iran/NNP sent/VBD/send police/NNS/police to/IN Iraq/NNP to/TO investigate/VB | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 mark:6:5 xcomp:1:6 | IRN 090 IRQ
        # intelligence given to a side is military aid; shared with it, intelligence cooperation
        Iran/NNP provided/VBD/provide intelligence/NN to/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | IRN 072 IRQ
        Iran/NNP shared/VBD/share intelligence/NN with/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:with:1:4 | IRN 064 IRQ
        # an arrest warrant issued for someone accuses them
        Iran/NNP issued/VBD/issue an/DT arrest/NN warrant/NN for/IN Netanyahu/NNP | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 case:6:5 nmod:for:4:6 | IRN 112 ISRGOV
        # a noun row's phrase may hang on the verb whose object the noun is
        Iran/NNP conducted/VBD/conduct drills/NNS/drill around/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:around:1:4 | IRN 150 IRQ
        # fighting kept up, vowed until another side yields, threatens that side
        Iraqi/JJ rebels/NNS/rebel vowed/VBD/vow to/TO keep/VB fighting/VBG/fight until/IN the/DT government/NN agreed/VBD/agree | amod:1:0 nsubj:2:1 mark:4:3 xcomp:2:4 obj:4:5 mark:9:6 det:8:7 nsubj:9:8 advcl:until:4:9 | IRQREB 1384 IRQGOV intended
        # mediation is aimed at the sides it stands between; money lent or granted is economic aid
        Qatar/NNP mediated/VBD/mediate between/IN Iran/NNP and/CC Iraq/NNP | nsubj:1:0 case:3:2 obl:between:1:3 cc:5:4 conj:3:5 | QAT 045 IRN; QAT 045 IRQ
        Iran/NNP extended/VBD/extend a/DT credit/NN line/NN to/IN Iraq/NNP | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 case:6:5 obl:to:1:6 | IRN 071 IRQ
        Iran/NNP granted/VBD/grant Iraq/NNP a/DT loan/NN | nsubj:1:0 iobj:1:2 det:4:3 obj:1:4 | IRN 071 IRQ
        # a crowd named by its size alone is of civilians where it rallies
        Thousands/NNS/thousand rallied/VBD/rally in/IN Baghdad/NNP | nsubj:1:0 case:3:2 obl:in:1:3 | IRQCVL 141 IRQ
        # troops sent to fight beside a side are military aid to it; patrols held jointly are cooperation
        Iran/NNP sent/VBD/send troops/NNS/troop to/TO fight/VB alongside/IN Iraqi/JJ forces/NNS/force | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 case:7:5 amod:7:6 obl:alongside:4:7 | IRN 072 IRQMIL
        Iranian/JJ and/CC Iraqi/JJ warships/NNS/warship held/VBD/hold joint/JJ patrols/NNS/patrol | amod:3:0 cc:2:1 conj:0:2 nsubj:4:3 amod:6:5 obj:4:6 | IRNMIL 062 IRQMIL; IRQMIL 062 IRNMIL
        # any act "in retaliation for" another side's act is aimed at that side; a retort in tariffs is a sanction
        China/NNP slapped/VBD/slap controls/NNS/control on/IN metals/NNS/metal in/IN retaliation/NN for/IN U.S./NNP tariffs/NNS/tariff | nsubj:1:0 obj:1:2 case:4:3 obl:on:1:4 case:6:5 obl:in:1:6 case:9:7 compound:9:8 nmod:for:6:9 | CHN 166 USA
        China/NNP hit/VBD/hit back/RB at/IN Canada/NNP with/IN tariffs/NNS/tariff | nsubj:1:0 advmod:1:2 case:4:3 obl:at:1:4 case:6:5 obl:with:1:6 | CHN 166 CAN
        # a rebuff in a relative clause answers the author of what it rebuffs (a truce is aimed at the side that rebuffs it); a challenge brushed aside is rejected
        Iran/NNP declared/VBD/declare a/DT truce/NN ,/, which/WDT Iraq/NNP dismissed/VBD/dismiss | nsubj:1:0 det:3:2 obj:1:3 punct:3:4 obj:7:5 nsubj:7:6 acl:relcl:3:7 | IRN 0871 IRQ; IRQ 120 IRN
        Iran/NNP brushed/VBD/brush aside/RB a/DT challenge/NN from/IN Iraq/NNP | nsubj:1:0 advmod:1:2 det:4:3 obj:1:4 case:6:5 nmod:from:4:6 | IRN 120 IRQ
        # a truce declared with a side
        Iran/NNP declared/VBD/declare a/DT truce/NN with/IN Iraq/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:with:3:5 | IRN 0871 IRQ
        # reservists called up are mobilised
        Israel/NNP called/VBD/call up/RP reservists/NNS/reservist | nsubj:1:0 compound:prt:1:2 obj:1:3 | ISR 154 -
        # a visit made is a visit (042), as "visited"; one that will be made is an intention
        Trump/NNP made/VBD/make a/DT visit/NN to/IN Kyiv/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:to:3:5 | USAGOV 042 UKRGOV
        # refuge sought in a country asks it for protection
        Syrians/NNPS/syrian sought/VBD/seek asylum/NN in/IN Germany/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 | SYR 0233 DEU
        # work stopped is a strike, at home
        Workers/NNS/worker in/IN Serbia/NNP stopped/VBD/stop work/NN | nsubj:3:0 case:2:1 nmod:in:0:2 obj:3:4 | SRBLAB 143 SRB
        # a state of emergency declared, or troops ordered onto the streets, at home
        Ecuador/NNP 's/POS president/NN declared/VBD/declare a/DT state/NN of/IN emergency/NN | nmod:poss:2:0 case:0:1 nsubj:3:2 det:5:4 obj:3:5 case:7:6 nmod:of:5:7 | ECUGOV 1724 ECU
        Dhaka/NNP ordered/VBD/order troops/NNS/troop onto/IN the/DT streets/NNS/street | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:onto:1:5 | BGDGOV 154 BGD
        # exports banned are an embargo, aimed where they went, also past coordinated goods; tariffs dropped are eased
        Beijing/NNP banned/VBD/ban exports/NNS/export of/IN gallium/NN and/CC germanium/NN to/IN Japan/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:of:2:4 cc:6:5 conj:2:6 case:8:7 nmod:to:6:8 | CHNGOV 166 JPN
        Canada/NNP dropped/VBD/drop its/PRP$ tariffs/NNS/tariff on/IN U.S./NNP goods/NNS/good | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:6:4 compound:6:5 nmod:on:3:6 | CAN 085 USA
        # "another" is reciprocal only in "one another"; "pledged another $500 million in aid to Kyiv" names Ukraine
        Washington/NNP pledged/VBD/pledge another/DT billion/CD in/IN aid/NN to/IN Ukraine/NNP | nsubj:1:0 obj:1:2 nummod:2:3 case:5:4 nmod:in:2:5 case:7:6 nmod:to:5:7 | USAGOV 033 UKR
        # an ally, proxy or neighbour is another party than its owner; a body's partners named by it are the body's
        Iran/NNP criticized/VBD/criticize Israel/NNP 's/POS allies/NNS/ally | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 | -
        Iran/NNP criticized/VBD/criticize Israel/NNP | nsubj:1:0 obj:1:2 | IRN 111 ISR
        # tear gas fired to break up a crowd is aimed at the crowd; police placed by a country are its police
        Police/NNS/police in/IN India/NNP fired/VBD/fire gas/NN to/TO disperse/VB protesters/NNS/protester | nsubj:3:0 case:2:1 nmod:in:0:2 obj:3:4 mark:6:5 xcomp:3:6 obj:6:7 | INDCOP 175 INDCVL
        # a package of sanctions approved is the sanctions
        EU/NNP approved/VBD/approve a/DT package/NN of/IN sanctions/NNS/sanction against/IN Russia/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:7:6 nmod:against:5:7 | EEC 166 RUS
        # ... and so is a "sanctions package" adopted
        EU/NNP adopted/VBD/adopt a/DT sanctions/NNS/sanction package/NN against/IN Russia/NNP | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 case:6:5 nmod:against:4:6 | EEC 166 RUS
        # support expressed is support; a feeling no row names is nothing
        Iran/NNP expressed/VBD/express support/NN for/IN Syria/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:for:2:4 | IRN 051 SYR
        Iran/NNP expressed/VBD/express views/NNS/view on/IN Syria/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:on:2:4 | -
        # an infinitive under a verb whose object is a topic is part of the topic: no ceasefire was reached
        Turkey/NNP and/CC Egypt/NNP discussed/VBD/discuss efforts/NNS/effort to/TO reach/VB a/DT ceasefire/NN | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 mark:6:5 xcomp:3:6 det:8:7 obj:6:8 | TUR 040 EGY; EGY 040 TUR
        # a vow of retaliation answers the act it follows; no side strikes "its" own: the possessive is the other clause's subject
        Iran/NNP vowed/VBD/vow retaliation/NN after/IN Israel/NNP struck/VBD/strike its/PRP$ sites/NNS/site | nsubj:1:0 obj:1:2 mark:5:3 nsubj:5:4 advcl:after:1:5 nmod:poss:7:6 obj:5:7 | IRN 130 ISR; ISR 195 IRN
        Iran/NNP vowed/VBD/vow retaliation/NN after/IN Israel/NNP struck/VBD/strike three/CD of/IN its/PRP$ sites/NNS/site | nsubj:1:0 obj:1:2 mark:5:3 nsubj:5:4 advcl:after:1:5 obj:5:6 case:9:7 nmod:poss:9:8 nmod:of:6:9 | IRN 130 ISR; ISR 195 IRN
        # a thing struck is where it stands, also "in the city of" a place
        A/DT Russian/JJ missile/NN hit/VBD/hit a/DT building/NN in/IN the/DT city/NN of/IN Dnipro/NNP | det:2:0 amod:2:1 nsubj:3:2 det:5:4 obj:3:5 case:8:6 det:8:7 obl:in:3:8 case:10:9 nmod:of:8:10 | RUS 190 UKR
        # a participle on an event noun tells that event's aim: sanctions targeting banks are no attack on them
        EU/NNP adopted/VBD/adopt sanctions/NNS/sanction targeting/VBG/target Russian/JJ banks/NNS/bank | nsubj:1:0 obj:1:2 acl:2:3 amod:5:4 obj:3:5 | EEC 166 RUS
        # with no dateline, sides named only by their role are of the one country the sentence names
        Police/NNS/police arrested/VBD/arrest people/NNS/people in/IN Tbilisi/NNP after/IN protesters/NNS/protester stormed/VBD/storm the/DT palace/NN | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 mark:7:5 nsubj:7:6 advcl:after:1:7 det:9:8 obj:7:9 | GEOCOP 173 GEOCVL; GEOCVL 145 GEO
        # talks held are coded by their own noun: phone talks are a call
        Japan/NNP held/VBD/hold phone/NN talks/NNS/talk with/IN China/NNP | nsubj:1:0 compound:3:2 obj:1:3 case:5:4 nmod:with:3:5 | JPN 041 CHN
        Japan/NNP held/VBD/hold talks/NNS/talk with/IN China/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:with:2:4 | JPN 046 CHN; CHN 046 JPN
        # a crowd fired on is of the place where it stands, also "near a site in" a place
        Israeli/JJ troops/NNS/troop opened/VBD/open fire/NN on/IN crowds/NNS/crowd near/IN a/DT site/NN in/IN Gaza/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:on:2:5 case:8:6 det:8:7 obl:near:2:8 case:10:9 nmod:in:8:10 | ISRMIL 193 PSECVL
        # troops deployed to quell protests are a show of force at home; protesters quelled are repressed
        Nairobi/NNP deployed/VBD/deploy troops/NNS/troop to/TO quell/VB protests/NNS/protest | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 obj:4:5 | KENGOV 154 KEN
        Police/NNS/police in/IN Nairobi/NNP quelled/VBD/quell protesters/NNS/protester | nsubj:3:0 case:2:1 nmod:in:0:2 obj:3:4 | KENCOP 175 KENCVL
        # accusations traded are made by each side at the other; representations lodged are an official protest
        China/NNP and/CC Japan/NNP traded/VBD/trade accusations/NNS/accusation | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 | CHN 112 JPN; JPN 112 CHN
        Beijing/NNP lodged/VBD/lodge representations/NNS/representation with/IN Tokyo/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:with:1:4 | CHNGOV 114 JPNGOV
        # a government named after its leader is that leader's government
        The/DT Trump/NNP administration/NN imposed/VBD/impose sanctions/NNS/sanction on/IN Iran/NNP | det:2:0 compound:2:1 nsubj:3:2 obj:3:4 case:6:5 obl:on:3:6 | USAGOV 166 IRN
        # missiles that slam into buildings strike the place the buildings stand in, also when it hangs on the verb
        Russian/JJ missiles/NNS/missile slammed/VBD/slam into/IN blocks/NNS/block in/IN Dnipro/NNP | amod:1:0 nsubj:2:1 case:4:3 obl:into:2:4 case:6:5 obl:in:2:6 | RUS 190 UKR
        # gunfire exchanged is a fight of both sides
        Thailand/NNP and/CC Cambodia/NNP exchanged/VBD/exchange gunfire/NN | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 | THA 193 KHM; KHM 193 THA
        # warning shots are a show of force at whoever they answer
        Seoul/NNP fired/VBD/fire warning/NN shots/NNS/shot after/IN Pyongyang/NNP crossed/VBD/cross the/DT border/NN | nsubj:1:0 compound:3:2 obj:1:3 mark:6:4 nsubj:6:5 advcl:after:1:6 det:8:7 obj:6:8 | KORGOV 150 PRKGOV
        # a mediator named on the talks or the deal mediates between the parties of the clause that holds it
        India/NNP and/CC Pakistan/NNP agreed/VBD/agree to/IN a/DT ceasefire/NN after/IN talks/NNS/talk mediated/VBN/mediate by/IN Washington/NNP | nsubj:3:0 cc:2:1 conj:0:2 case:6:4 det:6:5 obl:to:3:6 mark:9:7 nsubj:9:8 advcl:after:3:9 case:11:10 obl:by:9:11 | USAGOV 045 IND; USAGOV 045 PAK; IND 035 PAK intended; PAK 035 IND intended
        Israel/NNP and/CC Iran/NNP observed/VBD/observe a/DT U.S./NNP -/HYPH brokered/VBN/broker truce/NN | nsubj:3:0 cc:2:1 conj:0:2 det:8:4 obl:7:5 punct:7:6 amod:8:7 obj:3:8 | USA 045 ISR; USA 045 IRN
        Armenia/NNP and/CC Azerbaijan/NNP held/VBD/hold talks/NNS/talk under/IN Emirati/NNP mediation/NN | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 case:7:5 compound:7:6 nmod:under:4:7 | ARM 046 AZE; AZE 046 ARM; ARE 045 ARM; ARE 045 AZE
        # an embargo imposed is a sanction, a blockade imposed a restriction of movement, as the nouns alone are
        Israel/NNP imposed/VBD/impose a/DT blockade/NN on/IN Gaza/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:on:3:5 | ISR 191 PSE
        # "them" in a participle's object are those the verb above acted on
        Russia/NNP expelled/VBD/expel Estonian/JJ diplomats/NNS/diplomat ,/, accusing/VBG/accuse them/PRP of/IN spying/VBG/spy | nsubj:1:0 amod:3:2 obj:1:3 punct:1:4 dep:1:5 obj:5:6 mark:8:7 advcl:of:5:8 | RUS 164 ESTGOV; RUS 112 ESTGOV
        Russia/NNP expelled/VBD/expel Estonian/JJ diplomats/NNS/diplomat and/CC Latvian/JJ envoys/NNS/envoy ,/, accusing/VBG/accuse them/PRP of/IN spying/VBG/spy | nsubj:1:0 amod:3:2 obj:1:3 cc:6:4 amod:6:5 conj:3:6 punct:1:7 dep:1:8 obj:8:9 mark:11:10 advcl:of:8:11 | RUS 164 ESTGOV; RUS 164 LVAGOV; RUS 112 ESTGOV; RUS 112 LVAGOV
        # criticism drawn from a side is that side's, aimed at the act's author
        Iran/NNP 's/POS launch/NN drew/VBD/draw criticism/NN from/IN Japan/NNP | nmod:poss:2:0 case:0:1 nsubj:3:2 obj:3:4 case:6:5 obl:from:3:6 | JPN 111 IRN
        Iran/NNP fired/VBD/fire a/DT missile/NN ,/, drawing/VBG/draw condemnation/NN from/IN Japan/NNP | nsubj:1:0 det:3:2 obj:1:3 punct:1:4 amod:6:5 xcomp:1:6 case:8:7 nmod:from:6:8 | JPN 111 IRN
        # an envoy summoned, with no one named, is summoned by the state where it happens
        Russia/NNP 's/POS envoy/NN was/VBD/be summoned/VBN/summon in/IN Warsaw/NNP | nmod:poss:2:0 case:0:1 nsubj:pass:4:2 aux:pass:4:3 case:6:5 obl:in:4:6 | POL 114 RUSGOV
        # troops that join or lead a peacekeeping force keep the peace where they serve or arrive
        Ethiopian/JJ troops/NNS/troop in/IN Somalia/NNP joined/VBD/join the/DT peacekeeping/NN force/NN | amod:1:0 nsubj:4:1 case:3:2 nmod:in:1:3 det:7:5 compound:7:6 obj:4:7 | ETHMIL 074 SOM
        Kenyan/JJ police/NNS/police arrived/VBD/arrive in/IN Haiti/NNP to/TO lead/VB a/DT peacekeeping/NN mission/NN | amod:1:0 nsubj:2:1 case:4:3 obl:in:2:4 mark:6:5 xcomp:2:6 det:9:7 compound:9:8 obj:6:9 | KENCOP 042 HTI; KENCOP 074 HTI
        # diplomats expelled with no one named are expelled by the state they leave; the one helped may be parsed as
        # the subject of what it is helped to do
        Russian/JJ diplomats/NNS/diplomat were/VBD/be expelled/VBN/expel from/IN Moldova/NNP | amod:1:0 nsubj:pass:3:1 aux:pass:3:2 case:5:4 obl:from:3:5 | MDA 164 RUSGOV
        Ankara/NNP helped/VBD/help Damascus/NNP rebuild/VB its/PRP$ forces/NNS/force | nsubj:1:0 ccomp:1:3 nsubj:3:2 nmod:poss:5:4 obj:3:5 | TURGOV 070 SYRGOV
        # a coordinated verb that names no party deals with the party its partner verb named as object
        Trump/NNP called/VBD/call Putin/NNP and/CC proposed/VBD/propose a/DT summit/NN | nsubj:1:0 obj:1:2 cc:4:3 conj:1:4 det:6:5 obj:4:6 | USAGOV 041 RUSGOV; USAGOV 036 RUSGOV
        # an act named by its gerund is its doer's, also where the parser hangs the "by" on the verb
        Egypt/NNP condemned/VBD/condemn the/DT storming/NN/storming of/IN the/DT compound/NN by/IN Israeli/JJ police/NNS/police | nsubj:1:0 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:of:3:6 case:9:7 amod:9:8 obl:by:1:9 | EGY 111 ISRCOP
        # a sale of arms approved is military aid to the buyer
        US/NNP approved/VBD/approve the/DT sale/NN of/IN jets/NNS/jet to/IN Turkey/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:7:6 nmod:to:3:7 | USA 072 TUR
        # a border sealed is closed to the neighbour it faces
        Thailand/NNP sealed/VBD/seal its/PRP$ border/NN with/IN Cambodia/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 nmod:with:3:5 | THA 172 KHM
        # a call for calm or an end to fighting somewhere is aimed where it is to hold
        UN/NNP called/VBD/call for/IN an/DT end/NN to/IN fighting/NN in/IN Sudan/NNP | nsubj:1:0 case:4:2 det:4:3 obl:for:1:4 case:6:5 nmod:to:4:6 case:8:7 nmod:in:6:8 | UNO 020 SDN
        # arms export licences frozen stop military aid to the buyer
        Germany/NNP froze/VBD/freeze arms/NNS/arm export/NN licences/NNS/licence for/IN Israel/NNP | nsubj:1:0 compound:3:2 compound:4:3 obj:1:4 case:6:5 nmod:for:4:6 | DEU 1622 ISR
        # a side "backed" by a country is not that country's
        US/NNP jets/NNS/jet struck/VBD/strike Iranian/JJ -/HYPH backed/VBN/back militia/NN targets/NNS/target in/IN Iraq/NNP | compound:1:0 nsubj:2:1 dep:5:3 punct:5:4 amod:7:5 compound:7:6 obj:2:7 case:9:8 nmod:in:7:9 | USAMIL 195 IRQUAF
        # objections from a side to what was done in spite of them are its act, aimed at who did it
        Thailand/NNP extradited/VBD/extradite Bout/NNP despite/IN objections/NNS/objection from/IN Moscow/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:despite:1:4 case:6:5 nmod:from:4:6 | RUSGOV 111 THA
        # an envoy ordered out is expelled
        Ottawa/NNP ordered/VBD/order out/RP an/DT Indian/JJ envoy/NN | nsubj:1:0 compound:prt:1:2 det:5:3 amod:5:4 obj:1:5 | CANGOV 164 INDGOV
        # two sides that clash fight each other
        Thailand/NNP and/CC Cambodia/NNP clashed/VBD/clash | nsubj:3:0 cc:2:1 conj:0:2 | THA 190 KHM; KHM 190 THA
        # former states are coded as the state that carries them on
        Yugoslav/JJ troops/NNS/troop attacked/VBD/attack Slovenia/NNP | amod:1:0 nsubj:2:1 obj:2:3 | SRBMIL 190 SVN
        # what stood before an act that is no event, "despite" it, is background
        Israel/NNP said/VBD/say so/RB despite/IN a/DT truce/NN with/IN Hezbollah/NNP | nsubj:1:0 advmod:1:2 case:5:3 det:5:4 obl:despite:1:5 case:7:6 nmod:with:5:7 | -
        # a protest against remarks is aimed at their author before their topic
        Beijing/NNP protested/VBD/protest against/IN remarks/NNS/remark by/IN Japan/NNP on/IN Taiwan/NNP | nsubj:1:0 case:3:2 obl:against:1:3 case:5:4 nmod:by:3:5 case:7:6 nmod:on:3:7 | CHNGOV 114 JPN
        # an offer rejected answers whom it came from, also with the "from" hung on what it offered
        Iran/NNP dismissed/VBD/dismiss the/DT offer/NN of/IN talks/NNS/talk from/IN Trump/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:7:6 nmod:from:5:7 | IRN 120 USAGOV
        # attacks resumed go on; ships linked to a country stand for it
        Houthis/NNPS resumed/VBD/resume attacks/NNS/attack on/IN ships/NNS/ship linked/VBN/link to/IN Israel/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:on:2:4 amod:4:5 case:7:6 obl:to:5:7 | YEMREB 190 ISR
        # a phrase of the Phoenix dictionary keeps its modifier: a mock attack staged is a drill, an attack staged is one
        Syrian/JJ troops/NNS/troop staged/VBD/stage an/DT attack/NN on/IN Israel/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:on:4:6 | SYRMIL 190 ISR
        Syrian/JJ troops/NNS/troop staged/VBD/stage a/DT mock/JJ attack/NN on/IN Israel/NNP | amod:1:0 nsubj:2:1 det:5:3 amod:5:4 obj:2:5 case:7:6 nmod:on:5:7 | SYRMIL 062 ISR
        # one act told by its verb and by the noun of its means, one phrase attributed and one not, is one event
        Palestinians/NNPS were/VBD/be killed/VBN/kill by/IN Israeli/JJ fire/NN according/VBG to/IN officials/NNS/official | nsubj:pass:2:0 aux:pass:2:1 case:5:3 amod:5:4 obl:by:2:5 case:8:6 fixed:6:7 obl:according_to:2:8 | ISR 190 PSE reported
        # a meeting held to discuss something is one meeting, with whom it was held
        Japan/NNP and/CC India/NNP met/VBD/meet to/TO discuss/VB/discuss a/DT visit/NN for/IN the/DT APEC/NNP summit/NN | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 det:7:6 obj:5:7 case:11:8 det:11:9 compound:11:10 nmod:for:7:11 | JPN 040 IND; IND 040 JPN
        # hours of talks are talks, held by whoever sat down for them
        Trump/NNP and/CC Putin/NNP sat/VBD/sit down/RP for/IN three/CD hours/NNS/hour of/IN talks/NNS/talk | nsubj:3:0 cc:2:1 conj:0:2 compound:prt:3:4 case:7:5 nummod:7:6 obl:for:3:7 case:9:8 nmod:of:7:9 | USAGOV 046 RUSGOV; RUSGOV 046 USAGOV
        # words, not blows: hitting out at a side, attacking it over its remarks; a lawsuit, not ground taken
        India/NNP hit/VBD/hit out/RP at/IN Canada/NNP | nsubj:1:0 compound:prt:1:2 case:4:3 obl:at:1:4 | IND 111 CAN
        Israel/NNP attacked/VBD/attack Spain/NNP over/IN its/PRP$ remarks/NNS/remark | nsubj:1:0 obj:1:2 case:5:3 nmod:poss:5:4 obl:over:1:5 | ISR 111 ESP
        EU/NNP took/VBD/take Hungary/NNP to/IN court/NN | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | EEC 115 HUN
        # a thing called shameful is criticised; so is the author of a deed condemned, named by its "by" phrase
        Ukraine/NNP called/VBD/call Hungary/NNP 's/POS veto/NN shameful/JJ | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 xcomp:1:5 | UKR 111 HUN
        Egypt/NNP condemned/VBD/condemn the/DT killing/NN/killing of/IN Palestinians/NNPS by/IN Israeli/JJ settlers/NNS/settler | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 case:8:6 amod:8:7 nmod:by:3:8 | EGY 111 ISRCVL
        # a "by" hung on an active verb is its object's, whatever the object: "slammed remarks by Manila"
        China/NNP slammed/VBD/slam remarks/NNS/remark by/IN Manila/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:by:1:4 | CHN 111 PHLGOV
        # a border names two sides: a people acting near it is of neither by that alone
        Kurdish/JJ militants/NNS/militant attacked/VBD/attack a/DT Turkish/JJ post/NN near/IN the/DT Iraqi/JJ border/NN | amod:1:0 nsubj:2:1 det:5:3 amod:5:4 obj:2:5 case:9:6 det:9:7 amod:9:8 obl:near:2:9 | KUR 190 TUR
        # what one protests against is another's act, not the protesters'
        Activists/NNS/activist protested/VBD/protest against/IN U.S./NNP aid/NN to/IN Israel/NNP | nsubj:1:0 case:4:2 compound:4:3 obl:against:1:4 case:6:5 nmod:to:4:6 | USACVL 141 USA
        # a title's words include its compounds' own ("opposition" on "leader") and a role adjective of a role noun
        Uganda/NNP arrested/VBD/arrest opposition/NN leader/NN Bobi/NNP Wine/NNP | nsubj:1:0 compound:3:2 compound:5:3 compound:5:4 obj:1:5 | UGA 173 UGAOPP
        Indian/JJ police/NNS/police arrested/VBD/arrest Indian/JJ separatist/JJ leaders/NNS/leader | amod:1:0 nsubj:2:1 amod:5:3 amod:5:4 obj:2:5 | INDCOP 173 INDREB
        # ... but not of a thing: a military base is a place, not the military
        Trump/NNP and/CC Putin/NNP met/VBD/meet at/IN a/DT military/JJ base/NN | nsubj:3:0 cc:2:1 conj:0:2 case:7:4 det:7:5 amod:7:6 obl:at:3:7 | USAGOV 040 RUSGOV; RUSGOV 040 USAGOV
        # a gerund after a row's preposition is its phrase: "charged with smuggling" as "charged with murder"
        US/NNP charged/VBD/charge two/CD Chinese/JJ nationals/NNS/national with/IN smuggling/VBG/smuggle fungus/NN | nsubj:1:0 nummod:4:2 amod:4:3 obj:1:4 mark:6:5 advcl:with:1:6 obj:6:7 | USA 1121 CHN
        # a participle's "them" is whom the act it goes on from acted on, of whatever side
        Iranian/JJ police/NNS/police arrested/VBD/arrest activists/NNS/activist ,/, accusing/VBG/accuse them/PRP/they of/IN spying/NN | amod:1:0 nsubj:2:1 obj:2:3 punct:2:4 dep:2:5 obj:5:6 case:8:7 obl:of:5:8 | IRNCOP 173 IRNCVL; IRNCOP 112 IRNCVL
        # a participle of judging on the report a side released is that side's
        Iran/NNP released/VBD/release a/DT report/NN accusing/VBG/accuse Israel/NNP of/IN abuses/NNS/abuse | nsubj:1:0 det:3:2 obj:1:3 acl:3:4 obj:4:5 case:7:6 obl:of:4:7 | IRN 112 ISR
        # attackers named by role are of the country where the act they stage falls
        Militants/NNS staged/VBD/stage an/DT attack/NN on/IN a/DT base/NN in/IN Mali/NNP | nsubj:1:0 det:3:2 obj:1:3 case:6:4 det:6:5 nmod:on:3:6 case:8:7 nmod:in:6:8 | MLIREB 190 MLI
        # a participle goes on from the act before it: "him" and "the group" are whom that act acted on, and its
        # source is whoever that act was read as done by, even a side placed by where it acts
        India/NNP expelled/VBD/expel a/DT Pakistani/JJ diplomat/NN ,/, accusing/VBG/accuse him/PRP/he of/IN spying/NN | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 punct:1:5 conj:1:6 obj:6:7 case:9:8 obl:of:6:9 | IND 164 PAKGOV; IND 112 PAKGOV
        Colombia/NNP suspended/VBD/suspend talks/NNS/talk with/IN rebels/NNS/rebel ,/, accusing/VBG/accuse the/DT group/NN of/IN crimes/NNS/crime | nsubj:1:0 obj:1:2 case:4:3 nmod:with:2:4 punct:1:5 dep:1:6 det:8:7 obj:6:8 case:10:9 obl:of:6:10 | COL 163 COLREB; COL 112 COLREB
        Monks/NNS/monk rallied/VBD/rally in/IN Colombo/NNP ,/, accusing/VBG/accuse Norway/NNP of/IN bias/NN | nsubj:1:0 case:3:2 obl:in:1:3 punct:1:4 dep:1:5 obj:5:6 case:8:7 obl:of:5:8 | LKAREL 141 LKA; LKAREL 112 NOR
        # killing people by the hundred is a mass killing, whoever they are; hacking into computers stays a hack
        Militiamen/NNS/militiaman killed/VBD/kill hundreds/NNS/hundred of/IN herders/NNS/herder in/IN Mali/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:of:2:4 case:6:5 obl:in:1:6 | MLIUAF 202 MLI
        Iran/NNP hacked/VBD/hack into/IN computers/NNS/computer of/IN Israel/NNP | nsubj:1:0 case:3:2 obl:into:1:3 case:5:4 nmod:of:3:5 | IRN 170 ISR
        # troops moved to a border mobilise against the country across it
        India/NNP moved/VBD/move troops/NNS/troop toward/IN its/PRP$ frontier/NN with/IN Pakistan/NNP | nsubj:1:0 obj:1:2 case:5:3 nmod:poss:5:4 obl:toward:1:5 case:7:6 nmod:with:5:7 | IND 154 PAK
        Iraq/NNP moved/VBD/move troops/NNS/troop to/IN the/DT Kuwaiti/JJ border/NN | nsubj:1:0 obj:1:2 case:6:3 det:6:4 amod:6:5 obl:to:1:6 | IRQ 154 KWT
        # a plan a side backed is that side's; talks it brokered are still the talks of those who hold them
        Sudan/NNP rejected/VBD/reject a/DT U.S./NNP -/HYPH backed/VBN/back plan/NN | nsubj:1:0 det:6:2 obl:5:3 punct:5:4 amod:6:5 obj:1:6 | SDN 120 USA
        Israel/NNP suspended/VBD/suspend U.S./NNP -/HYPH brokered/VBN/broker talks/NNS/talk with/IN Palestinians/NNPS/palestinian | nsubj:1:0 obl:4:2 punct:4:3 amod:5:4 obj:1:5 case:7:6 nmod:with:5:7 | ISR 163 PSE; USA 045 ISR
        # a host's guest makes a visit: the hosting and the visit are the two sides' acts
        Sisi/NNP hosted/VBD/host Burhan/NNP in/IN Cairo/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 | EGYGOV 043 SDNGOV
        # a passive participle on a noun names its party: the sanctions imposed on India
        Washington/NNP lifted/VBD/lift the/DT sanctions/NNS/sanction imposed/VBN/impose on/IN India/NNP | nsubj:1:0 det:3:2 obj:1:3 acl:3:4 case:6:5 obl:on:4:6 | USAGOV 085 IND
        # troops leaving a country or a town withdraw from it; letting inspectors in allows involvement
        Russian/JJ troops/NNS/troop left/VBD/leave Latvia/NNP | amod:1:0 nsubj:2:1 obj:2:3 | RUSMIL 087 LVA
        Ethiopian/JJ troops/NNS/troop pulled/VBD/pull out/RP of/IN the/DT Somali/JJ capital/NN | amod:1:0 nsubj:2:1 advmod:2:3 case:7:4 det:7:5 amod:7:6 obl:of:3:7 | ETHMIL 087 SOM
        Iraq/NNP let/VBD/let U.N./NNP inspectors/NNS/inspector into/IN a/DT plant/NN | nsubj:1:0 compound:3:2 obj:1:3 case:6:4 det:6:5 obl:into:1:6 | IRQ 0862 UNO
        Syria/NNP opened/VBD/open its/PRP$ doors/NNS/door to/IN U.N./NNP experts/NNS/expert | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:6:4 compound:6:5 nmod:to:3:6 | SYR 086 UNO
        # what a coded act answers is background, reported in its own story: "in protest at" strikes, "over" a raid
        Egypt/NNP recalled/VBD/recall its/PRP$ ambassador/NN from/IN Israel/NNP in/IN protest/NN at/IN Israeli/JJ strikes/NNS/strike on/IN Gaza/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:from:1:5 case:7:6 obl:in:1:7 case:10:8 amod:10:9 nmod:at:7:10 case:12:11 nmod:on:10:12 | EGY 161 ISR
        Turkey/NNP cancelled/VBD/cancel its/PRP$ drills/NNS/drill with/IN Israel/NNP over/IN an/DT Israeli/JJ raid/NN on/IN a/DT Turkish/JJ ship/NN | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:with:1:5 case:9:6 det:9:7 amod:9:8 obl:over:1:9 case:13:10 det:13:11 amod:13:12 nmod:on:9:13 | TUR 160 ISR
        # ... and what came before ("since") whatever the clause codes
        The/DT hostages/NNS/hostage have/VBP/have been/VBN/be held/VBN/hold since/IN Iraq/NNP 's/POS invasion/NN of/IN Kuwait/NNP | det:1:0 nsubj:pass:4:1 aux:4:2 aux:pass:4:3 case:8:5 nmod:poss:8:6 case:6:7 obl:since:4:8 case:10:9 nmod:of:8:10 | -
        # what is denied is not asserted; the news a denial answers, before it, is
        Sudan/NNP denied/VBD/deny that/IN its/PRP$ jets/NNS/jet bombed/VBD/bomb a/DT camp/NN in/IN Chad/NNP | nsubj:1:0 mark:5:2 nmod:poss:4:3 nsubj:5:4 ccomp:1:5 det:7:6 obj:5:7 case:9:8 nmod:in:7:9 | SDNMIL 195 TCD hypothetical
        India/NNP accused/VBD/accuse Pakistan/NNP of/IN sending/VBG/send troops/NNS/troop ,/, a/DT charge/NN Islamabad/NNP denied/VBD/deny | nsubj:1:0 ccomp:10:1 obj:1:2 mark:4:3 advcl:of:1:4 obj:4:5 det:8:7 dep:10:8 nsubj:10:9 | IND 112 PAK; PAKGOV 120 IND
        # force named with no target, told by a state that did not use it, was used against the teller; not so when
        # the teller's own side used it
        Thailand/NNP 's/POS army/NN said/VBD/say Cambodian/JJ troops/NNS/troop opened/VBD/open fire/NN overnight/RB | nmod:poss:2:0 case:0:1 nsubj:3:2 amod:5:4 nsubj:6:5 ccomp:3:6 obj:6:7 advmod:6:8 | KHMMIL 193 THA reported
        Thailand/NNP 's/POS army/NN said/VBD/say Thai/JJ troops/NNS/troop opened/VBD/open fire/NN overnight/RB | nmod:poss:2:0 case:0:1 nsubj:3:2 amod:5:4 nsubj:6:5 ccomp:3:6 obj:6:7 advmod:6:8 | -
        # retaliation in arms answers the side named after it
        Thailand/NNP retaliated/VBD/retaliate with/IN strikes/NNS/strike after/IN Cambodia/NNP fired/VBD/fire rockets/NNS/rocket | nsubj:1:0 case:3:2 obl:with:1:3 mark:6:4 nsubj:6:5 advcl:after:1:6 obj:6:7 | THA 190 KHM
        # a subject with "no" denies the act
        No/DT Russian/JJ drones/NNS/drone struck/VBD/strike Kyiv/NNP | det:2:0 amod:2:1 nsubj:3:2 obj:3:4 | RUS 195 UKRGOV negated
        # a participle that says something, hung by the parser on the clause a speaker reports, is the speaker's
        China/NNP said/VBD/say Japan/NNP must/MD retract/VB the/DT remarks/NNS/remark ,/, warning/VBG/warn that/IN Tokyo/NNP would/MD bear/VB the/DT consequences/NNS/consequence | nsubj:1:0 nsubj:4:2 aux:4:3 ccomp:1:4 det:6:5 obj:4:6 dep:4:8 mark:12:9 nsubj:12:10 aux:12:11 ccomp:8:12 det:14:13 obj:12:14 | CHN 100 JPN; CHN 130 JPNGOV reported
        # a participle on a verb of saying is the speaker's ("..., the ministry said on Wednesday, condemning ...")
        Iran/NNP arrested/VBD/arrest two/CD Frenchmen/NNS/frenchman ,/, France/NNP said/VBD/say ,/, threatening/VBG/threaten Tehran/NNP with/IN sanctions/NNS/sanction | nsubj:1:0 nummod:3:2 obj:1:3 nsubj:6:5 parataxis:1:6 dep:6:8 obj:8:9 case:11:10 obl:with:8:11 | FRA 130 IRNGOV reported
        # mediation offered in a dispute is aimed at the sides it is between
        Qatar/NNP offered/VBD/offer to/TO mediate/VB in/IN the/DT dispute/NN between/IN Djibouti/NNP and/CC Eritrea/NNP | nsubj:1:0 mark:3:2 xcomp:1:3 case:6:4 det:6:5 obl:in:3:6 case:8:7 nmod:between:6:8 cc:10:9 conj:8:10 | QAT 039 DJI intended; QAT 039 ERI intended
        # two sides that agree to settle their quarrel both intend to yield
        Uganda/NNP and/CC Kenya/NNP agreed/VBD/agree to/TO settle/VB their/PRP$ quarrel/NN | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 nmod:poss:7:6 obj:5:7 | UGA 035 KEN intended; KEN 035 UGA intended
        # an act a drill simulates is not done
        China/NNP launched/VBD/launch exercises/NNS/exercise around/IN Taiwan/NNP ,/, simulating/VBG/simulate a/DT blockade/NN of/IN the/DT island/NN | nsubj:1:0 obj:1:2 case:4:3 obl:around:1:4 dep:1:6 det:8:7 obj:6:8 case:11:9 det:11:10 nmod:of:8:11 | CHN 150 TWN
        # a participle of intent after a comma goes on from the verb before it
        Russia/NNP and/CC Ukraine/NNP held/VBD/hold talks/NNS/talk ,/, agreeing/VBG/agree to/TO swap/VB prisoners/NNS/prisoner | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 dep:3:6 mark:8:7 xcomp:6:8 obj:8:9 | RUS 035 UKR intended; UKR 035 RUS intended; RUS 046 UKR; UKR 046 RUS
        # a crowd counted by its size that marches demonstrates, against whom it marches; a vigil it holds too
        Thousands/NNS/thousand of/IN Venezuelans/NNPS/venezuelan marched/VBD/march against/IN Colombia/NNP | nsubj:3:0 case:2:1 nmod:of:0:2 case:5:4 obl:against:3:5 | VEN 141 COL
        Thousands/NNS/thousand of/IN Filipinos/NNPS/filipino held/VBD/hold a/DT vigil/NN outside/IN the/DT U.S./NNP embassy/NN | nsubj:3:0 case:2:1 nmod:of:0:2 det:5:4 obj:3:5 case:9:6 det:9:7 compound:9:8 obl:outside:3:9 | PHL 141 USA
        """)
    void more_parsed_sentences_give_their_events(String sentence, String deps, String expected) {
        assertEvents(sentence, deps, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # a plan called a smear or a daydream is criticised
        Seoul/NNP called/VBD/call Pyongyang/NNP 's/POS plan/NN a/DT smear/NN | nsubj:1:0 nmod:poss:4:2 case:2:3 obj:1:4 det:6:5 xcomp:1:6 | KORGOV 111 PRKGOV
        # those killed "when" a blow named its side were killed by that side
        Six/CD Canadian/JJ soldiers/NNS/soldier were/VBD/be killed/VBN/kill when/WRB their/PRP$ vehicle/NN was/VBD/be hit/VBN/hit by/IN a/DT Taliban/NNP bomb/NN | nummod:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 advmod:9:5 nmod:poss:7:6 nsubj:pass:9:7 aux:pass:9:8 advcl:4:9 case:13:10 det:13:11 compound:13:12 obl:by:9:13 | AFGGOV 190 CANMIL
        # ... but missiles fired with no target, told by another state, are a launch, not a blow against the teller
        Iran/NNP fired/VBD/fire missiles/NNS/missile ,/, Iraq/NNP 's/POS army/NN said/VBD/say | nsubj:1:0 obj:1:2 nmod:poss:6:4 case:4:5 nsubj:7:6 parataxis:1:7 | -
        # working for peace, agreed by two sides, is cooperation both intend (the verb of intent carries it)
        Seoul/NNP and/CC Beijing/NNP agreed/VBD/agree to/TO work/VB for/IN peace/NN | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 case:7:6 obl:for:5:7 | KORGOV 030 CHNGOV intended; CHNGOV 030 KORGOV intended
        # ... also an attack "launched", the light verb heading the clause told
        Ukraine/NNP 's/POS army/NN said/VBD/say Russia/NNP launched/VBD/launch an/DT attack/NN overnight/RB | nmod:poss:2:0 case:0:1 nsubj:3:2 nsubj:5:4 ccomp:3:5 det:7:6 obj:5:7 advmod:5:8 | RUS 190 UKR reported
        # "…, an attack Qatar condemned", parsed with the noun a compound of the name: condemned is aimed at the attacker
        Israel/NNP struck/VBD/strike Doha/NNP ,/, an/DT attack/NN Qatar/NNP condemned/VBD/condemn | nsubj:1:0 obj:1:2 det:6:4 compound:6:5 nsubj:7:6 parataxis:1:7 | ISR 195 QATGOV; QAT 111 ISR
        # a side said to face a response is threatened
        China/NNP said/VBD/say Tokyo/NNP would/MD face/VB a/DT response/NN | nsubj:1:0 nsubj:4:2 aux:4:3 ccomp:1:4 det:6:5 obj:4:6 | CHN 130 JPNGOV
        # a participle of response hung by the parser on the clause a speaker reports is the speaker's
        Pyongyang/NNP said/VBD/say it/PRP had/VBD/have no/DT interest/NN ,/, dismissing/VBG/dismiss Seoul/NNP 's/POS overtures/NNS/overture | nsubj:1:0 nsubj:3:2 ccomp:1:3 det:5:4 obj:3:5 dep:3:7 nmod:poss:10:8 case:8:9 obj:7:10 | PRKGOV 120 KORGOV reported
        # "the two" standing alone are the last two sides named
        Seoul/NNP met/VBD/meet Tokyo/NNP and/CC the/DT two/CD agreed/VBD/agree to/TO cooperate/VB | nsubj:1:0 obj:1:2 cc:6:3 det:5:4 nsubj:6:5 conj:1:6 mark:8:7 xcomp:6:8 | KORGOV 040 JPNGOV; JPNGOV 031 KORGOV intended; KORGOV 031 JPNGOV intended
        # what a side is thanked for is the reason of the thanks, not an act the sentence asserts (eval/README rule 6)
        Russia/NNP thanked/VBD/thank Iran/NNP for/IN sending/VBG/send aid/NN to/IN Syria/NNP | nsubj:1:0 obj:1:2 mark:4:3 advcl:for:1:4 obj:4:5 case:7:6 obl:to:4:7 | RUS 051 IRN; IRN 070 SYR hypothetical
        # aid as reporters write it: money disbursed to a side, arms handed to it, relief landed where it lands
        The/DT European/NNP Union/NNP disbursed/VBD/disburse 600/CD million/CD euros/NNS/euro to/IN Ukraine/NNP | det:2:0 compound:2:1 nsubj:3:2 compound:5:4 nummod:6:5 obj:3:6 case:8:7 obl:to:3:8 | EEC 071 UKR
        Germany/NNP handed/VBD/hand Ukraine/NNP a/DT Patriot/NNP system/NN | nsubj:1:0 iobj:1:2 det:5:3 compound:5:4 obj:1:5 | DEU 072 UKR
        An/DT Indian/JJ plane/NN landed/VBD/land in/IN Islamabad/NNP with/IN tents/NNS/tent and/CC medicine/NN | det:2:0 amod:2:1 nsubj:3:2 case:5:4 obl:in:3:5 case:7:6 obl:with:3:7 cc:9:8 conj:7:9 | IND 073 PAKGOV
        # warships sent toward a side show force at it
        The/DT United/NNP States/NNP ordered/VBD/order a/DT carrier/NN group/NN toward/IN Taiwan/NNP | det:2:0 compound:2:1 nsubj:3:2 det:6:4 compound:6:5 obj:3:6 case:8:7 nmod:toward:6:8 | USA 150 TWN
        # what another side's act reaches in a clause told is the teller's ("its zone"); "and that it" is a second clause told
        Taiwan/NNP said/VBD/say Chinese/JJ aircraft/NN had/VBD/have entered/VBN/enter its/PRP$ air/NN defence/NN zone/NN and/CC that/IN it/PRP had/VBD/have scrambled/VBN/scramble jets/NNS/jet | nsubj:1:0 amod:3:2 nsubj:5:3 aux:5:4 ccomp:1:5 nmod:poss:9:6 compound:8:7 compound:9:8 obj:5:9 cc:14:10 mark:14:11 nsubj:14:12 aux:14:13 conj:5:14 obj:14:15 | CHNMIL 150 TWN reported; TWN 150 CHNMIL reported
        # help offered with no one named goes to whom the same side has just turned in sympathy, a call or a visit
        China/NNP 's/POS Xi/NNP sent/VBD/send condolences/NNS/condolence to/IN Pakistan/NNP ,/, and/CC Beijing/NNP said/VBD/say it/PRP would/MD send/VB/send relief/NN supplies/NNS/supply | nmod:poss:2:0 case:0:1 nsubj:3:2 obj:3:4 case:6:5 obl:to:3:6 cc:10:8 nsubj:10:9 conj:3:10 nsubj:13:11 aux:13:12 ccomp:10:13 compound:15:14 obj:13:15 | CHNGOV 016 PAK; CHNGOV 033 PAK intended
        # "with each side accusing the other" after a blow: its own act, and the side struck is a side too
        Thailand/NNP launched/VBD/launch strikes/NNS/strike on/IN Cambodian/JJ positions/NNS/position ,/, with/IN each/DT side/NN accusing/VBG/accuse the/DT other/JJ | nsubj:1:0 obj:1:2 case:5:3 amod:5:4 nmod:on:2:5 mark:10:7 det:9:8 nsubj:10:9 advcl:with:1:10 det:12:11 obj:10:12 | THA 190 KHM; THA 112 KHM; KHM 112 THA
        # a relative pronoun after a comma stands for the phrase before it (the clause's noun, else the word before the comma)
        China/NNP protested/VBD/protest to/IN Japan/NNP ,/, which/WDT had/VBD/have detained/VBN/detain two/CD Chinese/JJ fishermen/NNS/fisherman | nsubj:1:0 case:3:2 obl:to:1:3 nsubj:7:5 aux:7:6 acl:relcl:3:7 nummod:10:8 amod:10:9 obj:7:10 | CHN 114 JPN; JPN 173 CHNAGR
        The/DT decision/NN angered/VBD/anger Taipei/NNP ,/, which/WDT accused/VBD/accuse Beijing/NNP of/IN luring/VBG/lure its/PRP$ allies/NNS/ally | det:1:0 nsubj:2:1 obj:2:3 nsubj:6:5 acl:relcl:3:6 obj:6:7 mark:9:8 advcl:of:6:9 nmod:poss:11:10 obj:9:11 | TWNGOV 112 CHNGOV
        # a show of force that another side called something is judged as its maker's move; a side held responsible is blamed
        Russia/NNP held/VBD/hold drills/NNS/drill near/IN Ukraine/NNP in/IN a/DT show/NN of/IN force/NN that/WDT Kyiv/NNP called/VBD/call a/DT provocation/NN | nsubj:1:0 obj:1:2 case:4:3 obl:near:1:4 case:7:5 det:7:6 obl:in:1:7 case:9:8 nmod:of:7:9 dep:12:10 nsubj:12:11 dep:7:12 det:14:13 obj:12:14 | UKRGOV 111 RUS; RUS 150 UKR
        The/DT Netherlands/NNP held/VBD/hold Russia/NNP responsible/JJ for/IN the/DT downing/NN | det:1:0 nsubj:2:1 nsubj:4:3 xcomp:2:4 case:7:5 det:7:6 obl:for:4:7 | NLD 112 RUS
        # a participle before a trailing attribution goes on from the clause told, not from the one who tells it
        Police/NNS/police detained/VBD/detain Albanians/NNPS/albanian in/IN Serbia/NNP ,/, accusing/VBG/accuse them/PRP of/IN spying/VBG/spy ,/, activists/NNS/activist said/VBD/say | nsubj:1:0 ccomp:12:1 obj:1:2 case:4:3 obl:in:1:4 dep:1:6 obj:6:7 mark:9:8 advcl:of:6:9 nsubj:12:11 | SRBCOP 173 ALB reported; SRBCOP 112 ALB reported
        # a stretch of time the verb spans counts the act under it, as a number does; forces training jointly cooperate
        Chinese/JJ and/CC Pakistani/JJ forces/NNS/force began/VBD/begin three/CD weeks/NNS/week of/IN joint/JJ training/NN | amod:3:0 cc:2:1 conj:0:2 nsubj:4:3 nummod:6:5 obl:tmod:4:6 case:9:7 amod:9:8 nmod:of:6:9 | CHNMIL 062 PAKMIL; PAKMIL 062 CHNMIL
        # a diplomat declared persona non grata, however the parser hangs the Latin, or sent packing, is expelled
        Peru/NNP declared/VBD/declare Venezuela/NNP 's/POS ambassador/NN persona/NN non/FW grata/FW | nsubj:1:0 nmod:poss:5:2 case:2:3 compound:5:4 obj:1:5 compound:7:6 advmod:5:7 | PER 164 VENGOV
        Australia/NNP sent/VBD/send two/CD Russian/JJ diplomats/NNS/diplomat packing/VBG/pack | nsubj:1:0 nummod:4:2 amod:4:3 obj:1:4 acl:4:5 | AUS 164 RUSGOV
        # forces put on alert answer whom the side saw, stood off with, or accuses as it acts
        Taiwan/NNP put/VBD/put its/PRP$ forces/NNS/force on/IN alert/NN after/IN detecting/VBG/detect Chinese/JJ ships/NNS/ship | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:on:1:5 case:7:6 advcl:1:7 amod:9:8 obj:7:9 | TWN 152 CHN
        Seoul/NNP put/VBD/put its/PRP$ forces/NNS/force on/IN alert/NN amid/IN a/DT standoff/NN with/IN Pyongyang/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:on:1:5 case:8:6 det:8:7 obl:amid:1:8 case:10:9 nmod:with:8:10 | KORGOV 152 PRKGOV
        # a ship or a convoy carrying relief brings aid where it docks or what it reaches
        A/DT Turkish/JJ ship/NN carrying/VBG/carry food/NN docked/VBD/dock at/IN Port/NNP Sudan/NNP | det:2:0 amod:2:1 nsubj:5:2 acl:2:3 obj:3:4 case:8:6 compound:8:7 obl:at:5:8 | TUR 073 SDN
        # "the first country to recognise X": the one the noun says the subject is does the act; recognition switched to a state
        Russia/NNP became/VBD/become the/DT first/JJ country/NN to/TO recognise/VB/recognise Kosovo/NNP | nsubj:1:0 det:4:2 amod:4:3 xcomp:1:4 mark:6:5 acl:to:4:6 obj:6:7 | RUS 054 XKX
        Greece/NNP switched/VBD/switch its/PRP$ recognition/NN from/IN Taiwan/NNP to/IN China/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 nmod:from:3:5 case:7:6 obl:to:1:7 | GRC 054 CHN
        # a dim view is of the party to the talks hoped for
        Pakistan/NNP held/VBD/hold out/RP little/JJ hope/NN that/IN talks/NNS/talk with/IN India/NNP would/MD succeed/VB | nsubj:1:0 compound:prt:1:2 amod:4:3 obj:1:4 mark:10:5 nsubj:10:6 case:8:7 nmod:with:6:8 aux:10:9 ccomp:4:10 | PAK 012 IND
        # energy pumped or exported to a country is trade with it
        Turkmenistan/NNP pumped/VBD/pump gas/NN to/IN China/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | TKM 061 CHN
        # what an ultimatum, a demand or an offer asks for is no act of its authors, nor of anyone yet
        Moscow/NNP rejected/VBD/reject an/DT ultimatum/NN from/IN France/NNP and/CC Germany/NNP to/TO accept/VB/accept a/DT ceasefire/NN | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:from:3:5 cc:7:6 conj:5:7 mark:9:8 xcomp:1:9 det:11:10 obj:9:11 | RUSGOV 120 FRA; RUSGOV 120 DEU
        # a crowd gathered to celebrate is no protest
        Crowds/NNS/crowd gathered/VBD/gather in/IN Tel/NNP Aviv/NNP to/TO celebrate/VB/celebrate | nsubj:1:0 case:4:2 compound:4:3 obl:in:1:4 mark:6:5 xcomp:1:6 | -
        # what a protest calls for is what it is about, not a second act
        Kurds/NNPS/kurd demonstrated/VBD/demonstrate in/IN Kirkuk/NNP calling/VBG/call for/IN independence/NN from/IN Iraq/NNP | nsubj:1:0 case:3:2 obl:in:1:3 dep:1:4 case:6:5 obl:for:4:6 case:8:7 nmod:from:6:8 | IRQKUR 141 IRQ
        # a place right after a party named by its role is the party's, though the parse hangs it on the verb
        Beijing/NNP called/VBD/call on/IN the/DT government/NN in/IN Kyrgyzstan/NNP to/TO act/VB/act | nsubj:1:0 case:4:2 det:4:3 obl:on:1:4 case:6:5 obl:in:1:6 mark:8:7 xcomp:1:8 | CHNGOV 020 KGZGOV
        # relief goes where those it is for are, or where what befell them happened
        Japan/NNP sent/VBD/send tents/NNS/tent to/IN survivors/NNS/survivor of/IN the/DT earthquake/NN in/IN Turkey/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 case:7:5 det:7:6 nmod:of:4:7 case:9:8 nmod:in:7:9 | JPN 073 TURCVL
        Saudi/NNP Arabia/NNP provided/VBD/provide $/$ 100/CD million/CD for/IN victims/NNS/victim in/IN Pakistan/NNP | compound:1:0 nsubj:2:1 obj:2:3 compound:5:4 nummod:3:5 case:7:6 nmod:for:3:7 case:9:8 nmod:in:7:9 | SAU 071 PAKCVL
        Canada/NNP dropped/VBD/drop food/NN to/IN villagers/NNS/villager in/IN Iraq/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 case:6:5 nmod:in:4:6 | CAN 073 IRQCVL
        # an envoy brought home or back is recalled from where it served
        Italy/NNP brought/VBD/bring its/PRP$ envoy/NN back/RB from/IN Cairo/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 advmod:1:4 case:6:5 obl:from:4:6 | ITA 161 EGYGOV
        France/NNP brought/VBD/bring its/PRP$ ambassador/NN home/NN from/IN Niger/NNP | nsubj:1:0 nmod:poss:4:2 compound:4:3 obj:1:4 case:6:5 obl:from:1:6 | FRA 161 NER
        # people beaten are assaulted, beaten to death killed by the assault; a country beaten in a match is not
        Russian/JJ police/NN beat/VBD/beat Ukrainian/JJ lawmakers/NNS/lawmaker | amod:1:0 nsubj:2:1 amod:4:3 obj:2:4 | RUSCOP 182 UKRLEG
        Kenyan/JJ police/NN beat/VBD/beat marchers/NNS/marcher with/IN sticks/NNS/stick in/IN Nairobi/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:with:2:5 case:7:6 obl:in:2:7 | KENCOP 182 KEN
        Kenyan/JJ police/NN beat/VBD/beat a/DT man/NN to/IN death/NN in/IN Nairobi/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 obl:to:2:6 case:8:7 obl:in:2:8 | KENCOP 1823 KENCVL
        India/NNP beat/VBD/beat Pakistan/NNP by/IN six/CD wickets/NNS/wicket | nsubj:1:0 obj:1:2 case:5:3 nummod:5:4 obl:by:1:5 | -
        # a party called an adversary is criticised, not phoned
        Russia/NNP called/VBD/call the/DT United/NNP States/NNP an/DT adversary/NN | nsubj:1:0 det:4:2 compound:4:3 iobj:1:4 det:6:5 obj:1:6 | RUS 111 USA
        # a place force falls in is the country, not the capital's government
        Paris/NNP police/NN fired/VBD/fire tear/JJ gas/NN in/IN northern/JJ Paris/NNP to/TO drive/VB/drive back/RB protesters/NNS/protester | compound:1:0 nsubj:2:1 amod:4:3 obj:2:4 case:7:5 amod:7:6 obl:in:2:7 mark:9:8 xcomp:2:9 advmod:9:10 obj:9:11 | FRACOP 175 FRA
        # a clash between people is a quarrel, between forces a fight
        aid/NN was/VBD/be paused/VBN/pause after/IN the/DT clash/NN between/IN Trump/NNP and/CC Zelenskiy/NNP | nsubj:pass:2:0 aux:pass:2:1 root:-1:2 case:5:3 det:5:4 obl:after:2:5 case:7:6 nmod:between:5:7 cc:9:8 conj:7:9 | USAGOV 110 UKRGOV; UKRGOV 110 USAGOV
        # what is proposed has not happened
        Trump/NNP proposed/VBD/propose that/IN the/DT U.S./NNP take/VB over/RP Gaza/NNP | nsubj:1:0 root:-1:1 mark:5:2 det:4:3 nsubj:5:4 ccomp:1:5 compound:prt:5:6 obj:5:7 | USA 192 PSE hypothetical
        # bombs dropped on a site are an air strike on the country it lies in
        U.S./NNP jets/NNS/jet dropped/VBD/drop bombs/NNS/bomb on/IN Fordow/NNP | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:on:2:5 | USAMIL 195 IRN
        # leaders who shake hands have met
        Putin/NNP shook/VBD/shake hands/NNS/hand with/IN Modi/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:with:1:4 | RUSGOV 040 INDGOV
        # talks a third side hosts between two others are theirs too; talks it offers to host are not yet held
        Oman/NNP hosted/VBD/host talks/NNS/talk between/IN Iran/NNP and/CC Britain/NNP | nsubj:1:0 root:-1:1 obj:1:2 case:4:3 nmod:between:2:4 cc:6:5 conj:4:6 | OMN 043 IRN; OMN 043 GBR; IRN 046 GBR; GBR 046 IRN
        Oman/NNP offered/VBD/offer to/TO host/VB talks/NNS/talk between/IN Iran/NNP and/CC Britain/NNP | nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 case:6:5 nmod:between:4:6 cc:8:7 conj:6:8 | OMN 036 IRN intended; OMN 036 GBR intended
        # a call rejected "by" a side named only by its role is that side's, of the rejecting state's country
        Aleksandar/NNP Vucic/NNP rejected/VBD/reject calls/NNS/call by/IN student/NN protesters/NNS/protester for/IN elections/NNS/election | compound:1:0 nsubj:2:1 root:-1:2 obj:2:3 case:6:4 compound:6:5 nmod:by:3:6 case:8:7 nmod:for:3:8 | SRBGOV 120 SRBOPP
        # jets that fly close to another's show force at it
        Chinese/JJ jets/NNS/jet flew/VBD/fly close/RB to/IN a/DT Japanese/JJ plane/NN | amod:1:0 nsubj:2:1 root:-1:2 advmod:2:3 case:7:4 det:7:5 amod:7:6 obl:to:3:7 | CHNMIL 150 JPN
        # a side designated a force its adjective calls a wrong is criticised
        Taiwan/NNP designated/VBD/designate China/NNP a/DT hostile/JJ force/NN | nsubj:1:0 root:-1:1 iobj:1:2 det:5:3 amod:5:4 obj:1:5 | TWN 111 CHN
        # a plant raided is property searched, not a battle
        U.S./NNP agents/NNS/agent raided/VBD/raid a/DT factory/NN in/IN Mexico/NNP | compound:1:0 nsubj:2:1 root:-1:2 det:4:3 obj:2:4 case:6:5 nmod:in:4:6 | USA 171 MEX
        # sides that coordinate their own response act together, not with whoever it answers
        Egypt/NNP and/CC Jordan/NNP coordinated/VBD/coordinate their/PRP$ response/NN to/IN Trump/NNP 's/POS plan/NN | nsubj:3:0 cc:2:1 conj:0:2 root:-1:3 nmod:poss:5:4 obj:3:5 case:9:6 nmod:poss:9:7 case:7:8 nmod:to:5:9 | -
        # a threat that names no one is aimed at the side that yielded after it
        Colombia/NNP agreed/VBD/agree to/TO take/VB flights/NNS/flight after/IN Trump/NNP threatened/VBD/threaten tariffs/NNS/tariff | nsubj:1:0 root:-1:1 mark:3:2 xcomp:1:3 obj:3:4 mark:7:5 nsubj:7:6 advcl:1:7 obj:7:8 | COL 030 USAGOV; USAGOV 130 COL
        # an act responded to is the news answered, not the responder's intended act
        Russia/NNP would/MD respond/VB/respond to/IN Ukraine/NNP 's/POS attacks/NNS/attack on/IN Russian/JJ bases/NNS/base | nsubj:2:0 aux:2:1 root:-1:2 case:6:3 nmod:poss:6:4 case:4:5 obl:to:2:6 case:9:7 amod:9:8 nmod:on:6:9 | -
        # an act called an escalation is criticised
        Japan/NNP called/VBD/call China/NNP 's/POS drills/NNS/drill an/DT escalation/NN | nsubj:1:0 root:-1:1 nmod:poss:4:2 case:2:3 obj:1:4 det:6:5 xcomp:1:6 | JPN 111 CHN
        # a participle on a document a side signs is that side's act; on one it revokes, not
        Trump/NNP signed/VBD/sign an/DT order/NN withdrawing/VBG/withdraw the/DT U.S./NNP from/IN the/DT WHO/NNP | nsubj:1:0 root:-1:1 det:3:2 obj:1:3 acl:3:4 det:6:5 obj:4:6 case:9:7 det:9:8 obl:from:4:9 | USAGOV 160 WHO
        Iraq/NNP revoked/VBD/revoke a/DT decree/NN annexing/VBG/annex Kuwait/NNP | nsubj:1:0 root:-1:1 det:3:2 obj:1:3 acl:3:4 obj:4:5 | -
        # what a side leaves is no event of its own
        Trump/NNP pulled/VBD/pull the/DT U.S./NNP out/IN of/IN the/DT agreement/NN | nsubj:1:0 root:-1:1 det:3:2 obj:1:3 case:7:4 case:7:5 det:7:6 obl:out:1:7 | -
        # abnormal approaches made to another's aircraft show force at it
        Chinese/JJ jets/NNS/jet made/VBD/make abnormal/JJ approaches/NNS/approach to/IN Japanese/JJ planes/NNS/plane | amod:1:0 nsubj:2:1 root:-1:2 amod:4:3 obj:2:4 case:7:5 amod:7:6 nmod:to:4:7 | CHNMIL 150 JPN
        """)
    void still_more_parsed_sentences_give_their_events(String sentence, String deps, String expected) {
        assertEvents(sentence, deps, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sitting down with a party meets it; playing host to one hosts it
        Albanese/NNP sat/VBD/sit down/RP with/IN Xi/NNP | nsubj:1:0 compound:prt:1:2 case:4:3 obl:with:1:4 | AUSGOV 040 CHNGOV
        Japan/NNP played/VBD/play host/NN to/IN India/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | JPN 043 IND
        # a crossing reopened to a side eases what closing it imposed; a school reopened is nothing
        Pakistan/NNP reopened/VBD/reopen the/DT crossing/NN to/IN Afghan/JJ traders/NNS/trader | nsubj:1:0 det:3:2 obj:1:3 case:6:4 amod:6:5 obl:to:1:6 | PAK 081 AFGBUS
        Pakistan/NNP reopened/VBD/reopen the/DT school/NN to/IN Afghan/JJ traders/NNS/trader | nsubj:1:0 det:3:2 obj:1:3 case:6:4 amod:6:5 obl:to:1:6 | -
        # police are a state's own force, placed by the one country the sentence names; tear gas fired to disperse a
        # crowd is aimed at it, the purpose parsed as a complement or as an adverbial clause
        Police/NNS/police fired/VBD/fire tear/JJ gas/NN shells/NNS/shell to/TO disperse/VB/disperse protesters/NNS/protester in/IN Nepal/NNP | nsubj:1:0 amod:4:2 compound:4:3 obj:1:4 mark:6:5 advcl:to:1:6 obj:6:7 case:9:8 nmod:in:7:9 | NPLCOP 175 NPLCVL
        Police/NNS/police fired/VBD/fire tear/JJ gas/NN to/TO disperse/VB/disperse protesters/NNS/protester in/IN Nepal/NNP | nsubj:1:0 amod:3:2 obj:1:3 mark:5:4 advcl:to:1:5 obj:5:6 case:8:7 nmod:in:6:8 | NPLCOP 175 NPLCVL
        # an attacker named only by role is of the place struck, found through a part of what was struck
        A/DT bomber/NN rammed/VBD/ram the/DT gates/NNS/gate of/IN the/DT Chinese/JJ embassy/NN in/IN Bishkek/NNP | det:1:0 nsubj:2:1 det:4:3 obj:2:4 case:8:5 det:8:6 amod:8:7 nmod:of:4:8 case:10:9 nmod:in:8:10 | KGZUAF 183 CHN
        # a force readied or moved by no one named shows its own side's force; police deployed raise police power at home
        Indian/JJ troops/NNS/troop were/VBD/be deployed/VBN/deploy along/IN the/DT border/NN with/IN Pakistan/NNP | amod:1:0 nsubj:pass:3:1 aux:pass:3:2 case:6:4 det:6:5 obl:along:3:6 case:8:7 obl:with:3:8 | INDMIL 154 PAK
        Kenya/NNP deployed/VBD/deploy riot/NN police/NNS/police around/IN the/DT park/NN | nsubj:1:0 compound:3:2 obj:1:3 case:6:4 det:6:5 obl:around:1:6 | KEN 153 KEN
        # money granted or deposited, boats handed over and meals dropped into a place are aid
        Riyadh/NNP granted/VBD/grant Egypt/NNP $/$ 8/CD billion/CD | nsubj:1:0 iobj:1:2 obj:1:3 compound:5:4 nummod:3:5 | SAUGOV 071 EGY
        Riyadh/NNP deposited/VBD/deposit $/$ 1/CD billion/CD in/IN Pakistan/NNP 's/POS bank/NN | nsubj:1:0 obj:1:2 compound:4:3 nummod:2:4 case:8:5 nmod:poss:8:6 case:6:7 nmod:in:2:8 | SAUGOV 071 PAK
        Washington/NNP handed/VBD/hand over/RP patrol/NN boats/NNS/boat to/IN Vietnam/NNP | nsubj:1:0 compound:prt:1:2 compound:4:3 obj:1:4 case:6:5 obl:to:1:6 | USAGOV 072 VNM
        Jordan/NNP airdropped/VBD/airdrop meals/NNS/meal into/IN Gaza/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:into:1:4 | JOR 073 PSE
        # refusing to let a party's inspectors in is aimed at that party, as the row for letting them names it
        North/NNP Korea/NNP refused/VBD/refuse to/TO let/VB/let IAEA/NNP inspectors/NNS/inspector visit/VB/visit the/DT sites/NNS/site | compound:1:0 nsubj:2:1 mark:4:3 xcomp:2:4 compound:6:5 nsubj:7:6 ccomp:4:7 det:9:8 obj:7:9 | PRK 120 IAE
        # troops ordered to a border mobilise against the country across it
        Venezuela/NNP ordered/VBD/order ten/CD battalions/NNS/battalion to/IN the/DT Colombian/JJ border/NN | nsubj:1:0 nummod:3:2 obj:1:3 case:7:4 det:7:5 amod:7:6 obl:to:1:7 | VEN 154 COL
        # an exchange or a swap of captives frees each side's
        Israel/NNP and/CC Hamas/NNP completed/VBD/complete an/DT exchange/NN of/IN prisoners/NNS/prisoner | cc:2:1 conj:0:2 nsubj:3:0 det:5:4 obj:3:5 case:7:6 nmod:of:5:7 | ISR 0841 PSEREB; PSEREB 0841 ISR
        Russia/NNP and/CC Ukraine/NNP carried/VBD/carry out/RP a/DT prisoner/NN swap/NN | cc:2:1 conj:0:2 nsubj:3:0 compound:prt:3:4 det:7:5 compound:7:6 obj:3:7 | RUS 0841 UKR; UKR 0841 RUS
        Russia/NNP and/CC Ukraine/NNP carried/VBD/carry out/RP a/DT trade/NN swap/NN | cc:2:1 conj:0:2 nsubj:3:0 compound:prt:3:4 det:7:5 compound:7:6 obj:3:7 | -
        # those set free are released
        Iran/NNP set/VBD/set free/JJ two/CD American/JJ hikers/NNS/hiker | nsubj:1:0 amod:5:2 nummod:5:3 amod:5:4 obj:1:5 | IRN 0841 USACVL
        # what a partitive object counts gives the target
        The/DT EU/NNP suspended/VBD/suspend most/JJS of/IN the/DT sanctions/NNS/sanction against/IN Myanmar/NNP | det:1:0 nsubj:2:1 obj:2:3 case:6:4 det:6:5 nmod:of:3:6 case:8:7 nmod:against:6:8 | EEC 085 MMR
        # a participle with its agent named tells an act done to the subject it modifies, not to an object (background)
        Americans/NNPS/american released/VBN/release by/IN Iran/NNP landed/VBD/land in/IN Oman/NNP | acl:0:1 case:3:2 obl:by:1:3 nsubj:4:0 case:6:5 obl:in:4:6 | IRN 0841 USA
        Oman/NNP flew/VBD/fly Americans/NNPS/american released/VBN/release by/IN Iran/NNP | nsubj:1:0 obj:1:2 acl:2:3 case:5:4 obl:by:3:5 | -
        # gunmen and militants who storm a place or open fire on people use unconventional violence; on police, they fight
        Somali/JJ gunmen/NNS/gunman stormed/VBD/storm a/DT hotel/NN in/IN Kenya/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:in:4:6 | SOMUAF 180 KEN
        Somali/JJ militants/NNS/militant attacked/VBD/attack police/NNS/police in/IN Kenya/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 nmod:in:3:5 | SOMREB 190 KENCOP
        Somali/JJ militants/NNS/militant opened/VBD/open fire/NN on/IN shoppers/NNS/shopper in/IN Kenya/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:on:2:5 case:7:6 nmod:in:5:7 | SOMREB 180 KENCVL
        # a vehicle packed with explosives driven into a place is a bombing, the "into" hung on the participle or not
        Afghan/JJ militants/NNS/militant drove/VBD/drive a/DT car/NN packed/VBN/pack with/IN explosives/NNS/explosive into/IN a/DT convoy/NN of/IN Italian/JJ troops/NNS/troop | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 acl:4:5 case:7:6 obl:with:5:7 case:10:8 det:10:9 obl:into:5:10 case:13:11 amod:13:12 nmod:of:10:13 | AFGREB 183 ITA
        Afghan/JJ militants/NNS/militant drove/VBD/drive a/DT car/NN into/IN a/DT convoy/NN of/IN Italian/JJ troops/NNS/troop | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:7:5 det:7:6 obl:into:2:7 case:10:8 amod:10:9 nmod:of:7:10 | -
        # the security forces who kill or shoot protesters, or people at a protest, repress them, however many
        Myanmar/NNP troops/NNS/troop killed/VBD/kill 100/CD protesters/NNS/protester | compound:1:0 nsubj:2:1 nummod:4:3 obj:2:4 | MMRMIL 175 MMRCVL
        Israeli/JJ troops/NNS/troop shot/VBD/shoot dead/JJ 60/CD Palestinians/NNPS/palestinian during/IN protests/NNS/protest | amod:1:0 nsubj:2:1 xcomp:2:3 nummod:5:4 obj:2:5 case:7:6 nmod:during:5:7 | ISRMIL 175 PSE
        # people sent home or back, or trucked across a border, are deported
        Malaysia/NNP sent/VBD/send Myanmar/NNP migrants/NNS/migrant home/RB | nsubj:1:0 compound:3:2 obj:1:3 advmod:1:4 | MYS 174 MMRCVL
        Thailand/NNP sent/VBD/send Uighur/NNP Muslims/NNPS/muslim back/RB to/IN China/NNP | nsubj:1:0 compound:3:2 obj:1:3 advmod:1:4 case:6:5 obl:to:1:6 | THA 174 CHN
        Dominican/JJ agents/NNS/agent trucked/VBD/truck Haitian/JJ migrants/NNS/migrant across/IN the/DT border/NN | amod:1:0 nsubj:2:1 amod:4:3 obj:2:4 case:7:5 det:7:6 obl:across:2:7 | DOM 174 HTICVL
        Malaysia/NNP sent/VBD/send Myanmar/NNP migrants/NNS/migrant to/IN camps/NNS/camp | nsubj:1:0 compound:3:2 obj:1:3 case:5:4 obl:to:1:5 | -
        # aid or loans frozen, suspended or put on hold reduce aid to whom they were for; goods no longer bought, imports
        # barred and economic penalties are sanctions
        Japan/NNP froze/VBD/freeze loans/NNS/loan to/IN India/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:to:2:4 | JPN 162 IND
        Japan/NNP put/VBD/put on/IN hold/NN loans/NNS/loan for/IN India/NNP | nsubj:1:0 case:3:2 obl:on:1:3 obj:1:4 case:6:5 nmod:for:4:6 | JPN 162 IND
        Japan/NNP froze/VBD/freeze loans/NNS/loan | nsubj:1:0 obj:1:2 | -
        Cambodia/NNP stopped/VBD/stop importing/VBG/import fuel/NN from/IN Thailand/NNP | nsubj:1:0 xcomp:1:2 obj:2:3 case:5:4 obl:from:2:5 | KHM 166 THA
        Washington/NNP slapped/VBD/slap economic/JJ penalties/NNS/penalty on/IN Pakistan/NNP | nsubj:1:0 amod:3:2 obj:1:3 case:5:4 obl:on:1:5 | USAGOV 166 PAK
        Japan/NNP barred/VBD/bar all/DT North/JJ Korean/JJ imports/NNS/import | nsubj:1:0 det:5:2 amod:4:3 amod:5:4 obj:1:5 | JPN 166 PRK
        # crossings blockaded are a protest's obstruction, aimed across them; protesters who throng or camp out demonstrate;
        # courts boycotted are a boycott at home
        Polish/JJ farmers/NNS/farmer blockaded/VBD/blockade crossings/NNS/crossing with/IN Ukraine/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 nmod:with:3:5 | POLAGR 144 UKR
        Thai/JJ protesters/NNS/protester thronged/VBD/throng a/DT square/NN | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 | THACVL 141 THA
        Thai/JJ migrants/NNS/migrant thronged/VBD/throng a/DT square/NN | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 | -
        Pakistani/JJ lawyers/NNS/lawyer boycotted/VBD/boycott courts/NNS/court | amod:1:0 nsubj:2:1 obj:2:3 | PAKJUD 143 PAK
        # intelligence passed to a side, or exchanged by two, is intelligence cooperation; a suspect sent or extradited to a
        # country is judicial cooperation with it, not with his own; a captive handed over is freed
        Riyadh/NNP passed/VBD/pass a/DT tip-off/NN to/IN Britain/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 obl:to:1:5 | SAUGOV 064 GBR
        Russia/NNP passed/VBD/pass Washington/NNP information/NN | nsubj:1:0 iobj:1:2 obj:1:3 | RUS 064 USAGOV
        Uganda/NNP and/CC Kenya/NNP exchanged/VBD/exchange intelligence/NN | nsubj:3:0 cc:2:1 conj:0:2 obj:3:4 | UGA 064 KEN; KEN 064 UGA
        Washington/NNP extradited/VBD/extradite a/DT Canadian/JJ businessman/NN to/IN India/NNP | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 case:6:5 obl:to:1:6 | USAGOV 063 IND
        Mexico/NNP sent/VBD/send jailed/VBN/jail suspects/NNS/suspect to/IN Washington/NNP | nsubj:1:0 amod:3:2 obj:1:3 case:5:4 obl:to:1:5 | MEX 063 USAGOV
        Hamas/NNP handed/VBD/hand captured/VBN/capture Israeli/JJ soldier/NN Gilad/NNP Shalit/NNP to/IN Egypt/NNP | nsubj:1:0 amod:4:2 amod:4:3 compound:6:4 compound:6:5 obj:1:6 case:8:7 obl:to:1:8 | PSEREB 0841 ISRMIL
        # a warning or threat with a condition is aimed at whom the condition names, unless that is the speaker's own side;
        # vengeance vowed threatens those who struck
        Moscow/NNP warned/VBD/warn that/IN it/PRP would/MD strike/VB if/IN Sweden/NNP joined/VBD/join NATO/NNP | nsubj:1:0 mark:5:2 nsubj:5:3 aux:5:4 ccomp:1:5 mark:8:6 nsubj:8:7 advcl:if:5:8 obj:8:9 | RUSGOV 130 SWE
        Trump/NNP threatened/VBD/threaten to/TO destroy/VB/destroy Iran/NNP if/IN Washington/NNP were/VBD/be forced/VBN/force to/TO defend/VB/defend itself/PRP | nsubj:1:0 mark:3:2 xcomp:1:3 obj:3:4 mark:8:5 nsubj:pass:8:6 aux:pass:8:7 advcl:if:3:8 mark:10:9 xcomp:8:10 obj:10:11 | USAGOV 130 IRN
        Pakistan/NNP vowed/VBD/vow to/TO avenge/VB/avenge Indian/JJ strikes/NNS/strike | nsubj:1:0 mark:3:2 xcomp:1:3 amod:5:4 obj:3:5 | PAK 130 IND intended
        # what is rejected is aimed at whose it was: a plea, a demand, an offer
        Turkey/NNP rejected/VBD/reject U.S./NNP pleas/NNS/plea | nsubj:1:0 compound:3:2 obj:1:3 | TUR 120 USA
        Iran/NNP gave/VBD/give short/JJ shrift/NN to/IN an/DT offer/NN from/IN Britain/NNP | nsubj:1:0 amod:3:2 obj:1:3 case:6:4 det:6:5 obl:to:1:6 case:8:7 nmod:from:6:8 | IRN 120 GBR
        Iran/NNP gave/VBD/give short/JJ shrift/NN to/IN NATO/NNP 's/POS plan/NN | nsubj:1:0 amod:3:2 obj:1:3 case:7:4 nmod:poss:7:5 case:5:6 obl:to:1:7 | IRN 120 NAT
        # tanks and troops that roll or sweep into a country's ground use force there; a state's tanks act for its military
        Turkish/JJ tanks/NNS/tank rolled/VBD/roll into/IN Syria/NNP | amod:1:0 nsubj:2:1 case:4:3 obl:into:2:4 | TURMIL 190 SYR
        Russian/JJ troops/NNS/troop entered/VBD/enter Kherson/NNP | amod:1:0 nsubj:2:1 obj:2:3 | RUSMIL 190 UKR
        # an act of force that names no one is aimed at whom its participle of force struck, named or not
        Pakistani/JJ troops/NNS/troop shelled/VBD/shell the/DT area/NN ,/, killing/VBG/kill eight/CD Afghan/JJ soldiers/NNS/soldier | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 punct:2:5 dep:2:6 nummod:9:7 amod:9:8 obj:6:9 | PAKMIL 194 AFGMIL
        # fighting ended or halted de-escalates; sides that agree to end it together intend it toward each other
        Israel/NNP and/CC Hamas/NNP agreed/VBD/agree to/TO end/VB/end the/DT war/NN | nsubj:3:0 cc:2:1 conj:0:2 mark:5:4 xcomp:3:5 det:7:6 obj:5:7 | ISR 035 PSEREB intended; PSEREB 035 ISR intended
        Russia/NNP halted/VBD/halt its/PRP$ offensive/NN in/IN Ukraine/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 nmod:in:3:5 | RUS 087 UKR
        # a crackdown told as a phrasal verb is repression, aimed at whom it fell on
        Iranian/JJ police/NNS/police cracked/VBD/crack down/RP on/IN protesters/NNS/protester | amod:1:0 nsubj:2:1 compound:prt:2:3 case:5:4 obl:on:2:5 | IRNCOP 175 IRNCVL
        # a vow to make a side pay threatens it
        Israel/NNP vowed/VBD/vow to/TO make/VB/make Iran/NNP pay/VB/pay | nsubj:1:0 mark:3:2 xcomp:1:3 nsubj:5:4 ccomp:3:5 | ISR 130 IRN intended
        # strikes carried out in a country fall on it
        Israeli/JJ jets/NNS/jet carried/VBD/carry out/RP strikes/NNS/strike in/IN Iran/NNP | amod:1:0 nsubj:2:1 compound:prt:2:3 obj:2:4 case:6:5 obl:in:2:6 | ISRMIL 195 IRN
        # a clash names its sides itself: whom it killed does not replace them
        A/DT Tajik/JJ guard/NN was/VBD/be killed/VBN/kill in/IN clashes/NNS/clash between/IN Tajikistan/NNP and/CC Kyrgyzstan/NNP | det:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 case:6:5 obl:in:4:6 case:8:7 nmod:between:6:8 cc:10:9 conj:8:10 | TJK 190 KGZ; KGZ 190 TJK
        # an envoy recalled from a capital is recalled from its country; "in protest" names no one
        Chad/NNP recalled/VBD/recall its/PRP$ envoy/NN in/IN Tel/NNP Aviv/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:6:4 compound:6:5 obl:in:1:6 | TCD 161 ISR
        Chad/NNP recalled/VBD/recall its/PRP$ envoy/NN to/IN Israel/NNP in/IN protest/NN | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:to:1:5 case:7:6 obl:in:1:7 | TCD 161 ISR
        # a state's vessel named by what it is acts for its military, and its waters entered are a show of force at it
        Chinese/JJ coast/NN guard/NN ships/NNS/ship entered/VBD/enter Japan/NNP 's/POS waters/NNS/water | amod:3:0 compound:2:1 compound:3:2 nsubj:4:3 nmod:poss:7:5 case:5:6 obj:4:7 | CHNMIL 150 JPN
        # a protest after another side's act answers it; "its waters" in that clause are the protester's
        Japan/NNP protested/VBD/protest after/IN Chinese/JJ warships/NNS/warship sailed/VBD/sail into/IN its/PRP$ waters/NNS/water | nsubj:1:0 mark:5:2 amod:4:3 nsubj:5:4 advcl:1:5 case:8:6 nmod:poss:8:7 obl:into:5:8 | JPN 114 CHNMIL; CHNMIL 150 JPN
        # troops sent to a country by its name back it; sent into it, they use force; sent to a town, neither
        North/NNP Korea/NNP sent/VBD/send thousands/NNS/thousand of/IN troops/NNS/troop to/IN Russia/NNP | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 nmod:of:3:5 case:7:6 obl:to:2:7 | PRK 074 RUS
        Russia/NNP sent/VBD/send troops/NNS/troop into/IN Ukraine/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:into:1:4 | RUS 190 UKR
        Russia/NNP sent/VBD/send troops/NNS/troop to/IN Kursk/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | -
        Israel/NNP sent/VBD/send troops/NNS/troop to/IN the/DT West/NNP Bank/NNP | nsubj:1:0 obj:1:2 case:6:3 det:6:4 compound:6:5 obl:to:1:6 | -
        # to work with a side is to mean to cooperate with it, whatever its infinitive of purpose aims at
        China/NNP is/VBZ/be willing/JJ to/TO work/VB with/IN South/NNP Korea/NNP to/TO deepen/VB their/PRP$ partnership/NN | nsubj:2:0 cop:2:1 xcomp:2:4 mark:4:3 case:7:5 compound:7:6 obl:with:4:7 mark:9:8 xcomp:4:9 nmod:poss:11:10 obj:9:11 | CHN 030 KOR intended
        # a meeting in a "when" clause under an agreement to act was held
        Japan/NNP and/CC China/NNP agreed/VBD/agree to/TO pursue/VB ties/NNS/tie when/WRB Takaichi/NNP met/VBD/meet Xi/NNP | cc:2:1 conj:0:2 nsubj:3:0 mark:5:4 xcomp:3:5 obj:5:6 advmod:9:7 nsubj:9:8 advcl:5:9 obj:9:10 | JPN 030 CHN; CHN 030 JPN; JPNELI 040 CHNGOV
        # victims no phrase of the act places are of the town the sentence names, not of the side that struck
        An/DT Israeli/JJ strike/NN on/IN a/DT school/NN sheltering/VBG/shelter families/NNS/family in/IN Gaza/NNP City/NNP killed/VBD/kill 30/CD people/NNS/people | det:2:0 amod:2:1 nsubj:11:2 case:5:3 det:5:4 nmod:on:2:5 acl:5:6 obj:6:7 case:10:8 compound:10:9 nmod:in:7:10 nummod:13:12 obj:11:13 | ISR 190 PSECVL
        # a consensus reached is expressed accord; forces pushed back are fought
        Russia/NNP and/CC Ukraine/NNP reached/VBD/reach a/DT consensus/NN | cc:2:1 conj:0:2 nsubj:3:0 det:5:4 obj:3:5 | RUS 019 UKR; UKR 019 RUS
        Ukrainian/JJ forces/NNS/force were/VBD/be pushed/VBN/push back/RB by/IN Russian/JJ troops/NNS/troop | amod:1:0 nsubj:pass:3:1 aux:pass:3:2 advmod:3:4 case:7:5 amod:7:6 obl:agent:3:7 | RUSMIL 190 UKRMIL
        # an act of force whose doer goes unnamed is of the side the sentence blames for it, in the doer's role
        Gunmen/NNS/gunman killed/VBD/kill villagers/NNS/villager near/IN Srinagar/NNP in/IN an/DT attack/NN India/NNP blamed/VBD/blame on/IN Pakistan/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:near:1:4 case:7:5 det:7:6 obl:in:1:7 nsubj:9:8 acl:relcl:7:9 case:11:10 obl:on:9:11 | PAKUAF 180 INDCVL; IND 112 PAK
        A/DT bomb/NN killed/VBD/kill nine/CD Australians/NNPS/australian ,/, and/CC Jakarta/NNP said/VBD/say Malaysian/JJ militants/NNS/militant were/VBD/be behind/IN the/DT blast/NN | det:1:0 nsubj:2:1 nummod:4:3 obj:2:4 punct:2:5 cc:8:6 nsubj:8:7 conj:2:8 amod:10:9 nsubj:14:10 cop:14:11 case:14:12 det:14:13 ccomp:8:14 | MYSREB 183 AUS
        # an operation begun against a side is force at it
        Pakistan/NNP began/VBD/begin retaliatory/JJ operations/NNS/operation against/IN India/NNP | nsubj:1:0 amod:3:2 obj:1:3 case:5:4 nmod:against:3:5 | PAK 190 IND
        # an agreement ended with a side reduces relations with it; it was not signed
        Chad/NNP ended/VBD/end its/PRP$ defence/NN agreement/NN with/IN France/NNP | nsubj:1:0 nmod:poss:4:2 compound:4:3 obj:1:4 case:6:5 nmod:with:4:6 | TCD 160 FRA
        # drills held jointly are cooperation wherever they are; drills encircling a side show force at it; a side that
        # denounces drills in a relative clause does not hold them: it denounces those who do
        China/NNP and/CC Russia/NNP held/VBD/hold joint/JJ drills/NNS/drill near/IN the/DT Strait/NNP | cc:2:1 conj:0:2 nsubj:3:0 amod:5:4 obj:3:5 case:8:6 det:8:7 nmod:near:5:8 | CHN 062 RUS; RUS 062 CHN
        China/NNP staged/VBD/stage exercises/NNS/exercise encircling/VBG/encircle Taiwan/NNP | nsubj:1:0 obj:1:2 acl:2:3 obj:3:4 | CHN 150 TWN
        Japan/NNP and/CC Australia/NNP began/VBD/begin exercises/NNS/exercise ,/, which/WDT China/NNP denounced/VBD/denounce | cc:2:1 conj:0:2 nsubj:3:0 obj:3:4 punct:4:5 obj:8:6 nsubj:8:7 acl:relcl:4:8 | CHN 111 JPN; CHN 111 AUS; JPN 062 AUS; AUS 062 JPN
        # "the two" are the sides of the last act, not the places named after them; "the two governments" each side's
        Lee/NNP met/VBD/meet Ishiba/NNP in/IN Canada/NNP ,/, and/CC the/DT two/CD agreed/VBD/agree to/TO cooperate/VB | nsubj:1:0 obj:1:2 case:4:3 obl:in:1:4 punct:9:5 cc:9:6 det:8:7 nsubj:9:8 conj:1:9 mark:11:10 xcomp:9:11 | KORGOV 040 JPNGOV; JPNGOV 031 KORGOV intended; KORGOV 031 JPNGOV intended
        Pakistani/JJ and/CC Afghan/JJ forces/NNS/force clashed/VBD/clash ,/, and/CC the/DT two/CD governments/NNS/government agreed/VBD/agree to/TO a/DT truce/NN | cc:2:1 conj:0:2 amod:3:0 nsubj:4:3 punct:10:5 cc:10:6 det:9:7 nummod:9:8 nsubj:10:9 conj:4:10 case:13:11 det:13:12 obl:to:10:13 | PAKMIL 190 AFGMIL; AFGMIL 190 PAKMIL; AFGGOV 035 PAKGOV intended; PAKGOV 035 AFGGOV intended
        # fire-control radar locked on another's planes shows force at it
        Chinese/JJ aircraft/NN locked/VBD/lock radar/NN on/IN Japanese/JJ jets/NNS/jet | amod:1:0 nsubj:2:1 obj:2:3 case:6:4 amod:6:5 obl:on:2:6 | CHNMIL 150 JPNMIL
        # the country an embassy is "of" owns it; the crowd that attacks it is of the town it stands in
        Protesters/NNS/protester attacked/VBD/attack the/DT embassies/NNS/embassy of/IN Rwanda/NNP and/CC France/NNP in/IN Kinshasa/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 cc:7:6 conj:5:7 case:9:8 obl:in:1:9 | CODCVL 190 RWAGOV; CODCVL 190 FRAGOV
        # firms added to an export-control list are sanctioned; a travel warning lifted threatens no one
        China/NNP added/VBD/add American/JJ firms/NNS/firm to/IN its/PRP$ export/NN control/NN list/NN | nsubj:1:0 amod:3:2 obj:1:3 case:8:4 nmod:poss:8:5 compound:7:6 compound:8:7 obl:to:1:8 | CHN 166 USABUS
        Japan/NNP lifted/VBD/lift its/PRP$ travel/NN warning/NN for/IN China/NNP | nsubj:1:0 nmod:poss:4:2 compound:4:3 obj:1:4 case:6:5 nmod:for:4:6 | -
        # a case filed against a side is a suit; a sentence handed to someone a judicial act against him
        Pretoria/NNP filed/VBD/file a/DT case/NN against/IN Israel/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 obl:against:1:5 | ZAFGOV 115 ISR
        A/DT Chinese/JJ court/NN handed/VBD/hand a/DT sentence/NN to/IN an/DT Australian/JJ writer/NN | det:2:0 amod:2:1 nsubj:3:2 det:5:4 obj:3:5 case:9:6 det:9:7 amod:9:8 obl:to:3:9 | CHNJUD 173 AUSMED
        # an envoy summoned with no one named is summoned by the state he is posted to
        Russia/NNP 's/POS ambassador/NN to/IN Poland/NNP was/VBD/be summoned/VBN/summon | nmod:poss:2:0 case:0:1 nsubj:pass:6:2 case:4:3 nmod:to:2:4 aux:pass:6:5 | POL 114 RUSGOV
        # government troops a state strikes are not its own; those its rebels attack are
        Israel/NNP struck/VBD/strike government/NN troops/NNS/troop | nsubj:1:0 compound:3:2 obj:1:3 | -
        Syrian/JJ rebels/NNS/rebel attacked/VBD/attack government/NN troops/NNS/troop | amod:1:0 nsubj:2:1 compound:4:3 obj:2:4 | SYRREB 190 SYRMIL
        # strikes near a place fall on its country
        Israeli/JJ jets/NNS/jet struck/VBD/strike near/IN the/DT palace/NN in/IN Damascus/NNP | amod:1:0 nsubj:2:1 case:5:3 det:5:4 obl:near:2:5 case:7:6 nmod:in:5:7 | ISRMIL 195 SYR
        # a side held responsible, the adjective parsed on it, is blamed
        Iran/NNP held/VBD/hold the/DT United/NNP States/NNP responsible/JJ | nsubj:1:0 det:4:2 compound:4:3 obj:1:4 amod:4:5 | IRN 112 USA
        # money invested in a country is economic cooperation with it
        Japan/NNP invested/VBD/invest billions/NNS/billion in/IN the/DT United/NNP States/NNP | nsubj:1:0 obj:1:2 case:6:3 det:6:4 compound:6:5 obl:in:1:6 | JPN 061 USA
        # a capital before a noun whose owner follows it is where the thing is, not its owner
        Azerbaijani/JJ police/NNS/police raided/VBD/raid the/DT Baku/NNP office/NN of/IN Sputnik/NNP | amod:1:0 nsubj:2:1 det:5:3 compound:5:4 obj:2:5 case:7:6 nmod:of:5:7 | AZECOP 171 RUSGOV
        # curbs imposed on a side fall on it, whoever's they are; imposed with no one named, by their owner
        Britain/NNP imposed/VBD/impose EU/NNP sanctions/NNS/sanction on/IN Russia/NNP | nsubj:1:0 compound:3:2 obj:1:3 case:5:4 nmod:on:3:5 | GBR 166 RUS
        United/NNP Nations/NNPS sanctions/NNS/sanction on/IN Iran/NNP were/VBD/be reimposed/VBN/reimpose | compound:1:0 compound:2:1 nsubj:pass:6:2 case:4:3 nmod:on:2:4 aux:pass:6:5 | UNO 166 IRN
        # talks cut off are negotiations halted; jets sent to bomb are the bombing, not aid; tanks sent to a country are arms
        Trump/NNP cut/VBD/cut off/RP all/DT trade/NN negotiations/NNS/negotiation with/IN Canada/NNP | nsubj:1:0 compound:prt:1:2 det:5:3 compound:5:4 obj:1:5 case:7:6 nmod:with:5:7 | USAGOV 163 CAN
        Thailand/NNP sent/VBD/send jets/NNS/jet to/TO bomb/VB Cambodian/JJ targets/NNS/target | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 amod:6:5 obj:4:6 | THA 195 KHM
        Germany/NNP sent/VBD/send tanks/NNS/tank to/IN Ukraine/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:to:1:4 | DEU 072 UKR
        # a side that answers with strikes strikes where they fall; the members a subject names by name are its sides
        # "he" in a clause of time is the subject of the clause it times, up the chain of infinitives
        Trump/NNP urged/VBD/urge Takaichi/NNP not/RB to/TO provoke/VB Beijing/NNP after/IN he/PRP spoke/VBD/speak with/IN Xi/NNP | nsubj:1:0 obj:1:2 advmod:5:3 mark:5:4 xcomp:1:5 obj:5:6 mark:9:7 nsubj:9:8 advcl:after:5:9 case:11:10 obl:with:9:11 | USAGOV 021 JPNELI; JPNELI 140 CHNGOV negated; USAGOV 040 CHNGOV
        # "who" after a comma is of the people before it, not of the talks the parser hung its clause on
        Malaysia/NNP hosted/VBD/host talks/NNS/talk between/IN the/DT Thai/JJ and/CC Cambodian/JJ leaders/NNS/leader ,/, who/WP agreed/VBD/agree to/IN a/DT ceasefire/NN | nsubj:1:0 obj:1:2 case:8:3 det:8:4 amod:8:5 cc:7:6 conj:5:7 nmod:between:2:8 punct:2:9 nsubj:11:10 acl:relcl:2:11 case:14:12 det:14:13 obl:to:11:14 | MYS 043 THAGOV; MYS 043 KHMGOV; THAGOV 046 KHMGOV; KHMGOV 046 THAGOV; THAGOV 035 KHMGOV intended; KHMGOV 035 THAGOV intended
        # sides that pledge to be partners intend to cooperate; talks that a predicate noun is said during are its subjects'
        Modi/NNP and/CC Xi/NNP pledged/VBD/pledge to/TO be/VB partners/NNS/partner during/IN talks/NNS/talk in/IN Tianjin/NNP | nsubj:3:0 cc:2:1 conj:0:2 mark:6:4 cop:6:5 xcomp:3:6 case:8:7 obl:during:6:8 case:10:9 nmod:in:8:10 | INDGOV 030 CHNGOV; CHNGOV 030 INDGOV; INDGOV 046 CHNGOV; CHNGOV 046 INDGOV
        # a blockade or siege ordered restricts movement; arms ordered closer to a side show force at it, for the one who orders
        Trump/NNP ordered/VBD/order a/DT naval/JJ blockade/NN of/IN Venezuela/NNP | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 case:6:5 nmod:of:4:6 | USAGOV 191 VEN
        Trump/NNP ordered/VBD/order two/CD nuclear/JJ submarines/NNS/submarine to/TO move/VB closer/RBR to/IN Russia/NNP | nsubj:1:0 nummod:4:2 amod:4:3 obj:1:4 mark:6:5 xcomp:1:6 advmod:6:7 case:9:8 obl:to:7:9 | USAGOV 150 RUS
        # a mutual act whose target is one of its sides is between them all; a response a clause draws "from" a side is aimed at its subject
        Switzerland/NNP and/CC the/DT U.S./NNP struck/VBD/strike a/DT deal/NN lowering/VBG/lower U.S./NNP tariffs/NNS/tariff | nsubj:4:0 cc:3:1 det:3:2 conj:0:3 det:6:5 obj:4:6 acl:6:7 compound:9:8 obj:7:9 | CHE 057 USA; USA 057 CHE
        China/NNP tightened/VBD/tighten export/NN controls/NNS/control ,/, drawing/VBG/draw a/DT protest/NN from/IN Japan/NNP | nsubj:1:0 compound:3:2 obj:1:3 punct:1:4 dep:1:5 det:7:6 obj:5:7 case:9:8 obl:from:5:9 | JPN 114 CHN
        # accords named after a capital are made there, no one's; "it" accused of an act is the other side named, who did it
        Tshisekedi/NNP and/CC Kagame/NNP signed/VBD/sign the/DT Washington/NNP accords/NNS/accord | nsubj:3:0 cc:2:1 conj:0:2 det:6:4 compound:6:5 obj:3:6 | CODGOV 057 RWAGOV; RWAGOV 057 CODGOV
        Sudan/NNP cut/VBD/cut ties/NNS/tie with/IN the/DT Emirates/NNPS/Emirates ,/, accusing/VBG/accuse it/PRP of/IN arming/VBG/arm the/DT RSF/NNP | nsubj:1:0 obj:1:2 case:5:3 det:5:4 nmod:with:2:5 punct:1:6 dep:1:7 obj:7:8 mark:10:9 advcl:of:7:10 det:12:11 obj:10:12 | SDN 161 ARE; SDN 112 ARE; ARE 062 SDNREB hypothetical
        # a church in a state is in the state's country, not its government's
        Gunmen/NNS/gunman stormed/VBD/storm a/DT church/NN in/IN Kwara/NNP state/NN | nsubj:1:0 det:3:2 obj:1:3 case:6:4 compound:6:5 nmod:in:3:6 | NGAUAF 180 NGA
        # buildings rocketed are struck from the air; shots fired in an operation, not to break up a crowd, are no repression
        Israeli/JJ helicopters/NNS/helicopter rocketed/VBD/rocket Palestinian/JJ buildings/NNS/building | amod:1:0 nsubj:2:1 amod:4:3 obj:2:4 | ISRMIL 195 PSE
        French/JJ warplanes/NNS/warplane fired/VBD/fire shots/NNS/shot ,/, destroying/VBG/destroy tanks/NNS/tank near/IN Benghazi/NNP | amod:1:0 nsubj:2:1 obj:2:3 punct:2:4 advcl:2:5 obj:5:6 case:8:7 nmod:near:6:8 | FRAMIL 190 LBYMIL
        # armed men who fire at a country named whole are not of that country
        Militants/NNS/militant fired/VBD/fire rockets/NNS/rocket at/IN Israel/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:at:1:4 | -
        # hopes killed are no deaths
        Qatar/NNP 's/POS prime/JJ minister/NN said/VBD/say Israel/NNP 's/POS attack/NN had/VBD/have killed/VBN/kill any/DT hope/NN for/IN the/DT hostages/NNS/hostage | nmod:poss:3:0 case:0:1 amod:3:2 nsubj:4:3 nmod:poss:7:5 case:5:6 nsubj:9:7 aux:9:8 ccomp:4:9 det:11:10 obj:9:11 case:14:12 det:14:13 nmod:for:11:14 | -
        # what a side would like to do it intends
        Trump/NNP would/MD like/VB to/TO meet/VB Kim/NNP | nsubj:2:0 aux:2:1 mark:4:3 xcomp:2:4 obj:4:5 | USAGOV 036 PRKGOV intended
        # a body that votes to do something does it
        The/DT Security/NNP Council/NNP voted/VBD/vote on/IN Friday/NNP to/TO lift/VB sanctions/NNS/sanction on/IN Libya/NNP ./. | det:2:0 compound:2:1 nsubj:3:2 mark:7:6 xcomp:3:7 obj:7:8 case:10:9 nmod:on:8:10 punct:3:11 case:5:4 obl:on:3:5 | UNO 085 LBY
        # an apology offered is an apology (055), to whom it is offered
        Starmer/NNP offered/VBD/offer an/DT unreserved/JJ apology/NN to/IN Ireland/NNP on/IN Tuesday/NNP ./. | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 case:6:5 obl:to:1:6 case:8:7 obl:on:1:8 punct:1:9 | GBRGOV 055 IRL
        Ishiba/NNP offered/VBD/offer South/NNP Korea/NNP a/DT written/VBN apology/NN ./. | nsubj:1:0 compound:3:2 iobj:1:3 det:6:4 amod:6:5 obj:1:6 punct:1:7 | JPNGOV 055 KOR
        # an envoy ordered to leave, or declared persona non grata, is expelled (164)
        Britain/NNP ordered/VBD/order Malawi/NNP 's/POS acting/VBG high/JJ commissioner/NN to/TO leave/VB the/DT country/NN ./. | nsubj:1:0 nmod:poss:6:2 case:2:3 amod:6:4 amod:6:5 obj:1:6 mark:8:7 xcomp:1:8 det:10:9 obj:8:10 punct:1:11 | GBR 164 MWI
        Malaysia/NNP declared/VBD/declare North/NNP Korea/NNP 's/POS ambassador/NN Kang/NNP Chol/NNP persona/NN non/FW grata/FW ./. | nsubj:1:0 compound:3:2 nmod:poss:5:3 case:3:4 compound:7:5 compound:7:6 nsubj:8:7 xcomp:1:8 compound:10:9 advmod:8:10 punct:1:11 | MYS 164 PRKGOV
        # a call issued to a side, or made for a side to act, is an appeal to it (020)
        Erdogan/NNP issued/VBD/issue a/DT call/NN to/IN Sisi/NNP to/TO heed/VB the/DT crowds/NNS/crowd ./. | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:to:3:5 mark:7:6 xcomp:1:7 det:9:8 obj:7:9 punct:1:10 | TURGOV 020 EGYGOV
        Seoul/NNP made/VBD/make a/DT call/NN on/IN Tuesday/NNP for/IN Pyongyang/NNP to/TO reopen/VB the/DT hotline/NN ./. | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:on:3:5 mark:9:6 nsubj:9:7 mark:9:8 acl:for:3:9 det:11:10 obj:9:11 punct:1:12 | KORGOV 020 PRKGOV
        # a sanction phased out is eased (085)
        The/DT Security/NNP Council/NNP voted/VBD/vote to/TO phase/VB out/RP its/PRP$ arms/NNS embargo/NN on/IN Serbia/NNP ./. | det:2:0 compound:2:1 nsubj:3:2 mark:5:4 xcomp:3:5 compound:prt:5:6 nmod:poss:9:7 compound:9:8 obj:5:9 case:11:10 nmod:on:9:11 punct:3:12 | UNO 085 SRB
        # a deadline to move troops out is an expulsion (164)
        Uzbekistan/NNP gave/VBD/give the/DT United/NNP States/NNP six/CD months/NNS/month to/TO move/VB its/PRP$ troops/NNS/troop out/IN of/IN the/DT base/NN ./. | nsubj:1:0 det:4:2 compound:4:3 iobj:1:4 nummod:6:5 obj:1:6 mark:8:7 advcl:to:1:8 nmod:poss:10:9 obj:8:10 case:14:11 case:14:12 det:14:13 obl:out:8:14 punct:1:15 | UZB 164 USA
        # soldiers who come to blows assault each other (182)
        Indian/JJ and/CC Chinese/JJ soldiers/NNS/soldier came/VBD/come to/IN blows/NNS/blow at/IN the/DT border/NN ./. | amod:3:0 cc:2:1 conj:0:2 nsubj:4:3 case:6:5 obl:to:4:6 case:9:7 det:9:8 obl:at:4:9 punct:4:10 | INDMIL 182 CHNMIL; CHNMIL 182 INDMIL
        # what a call was made to say is said, to whom the call reached ("telephoned his counterpart to convey condolences")
        Greece/NNP 's/POS foreign/JJ minister/NN telephoned/VBD/telephone his/PRP$ Turkish/JJ counterpart/NN on/IN Tuesday/NNP to/TO convey/VB condolences/NNS/condolence over/IN the/DT earthquake/NN ./. | nmod:poss:3:0 case:0:1 amod:3:2 nsubj:4:3 nmod:poss:7:5 amod:7:6 obj:4:7 case:9:8 obl:on:4:9 mark:11:10 advcl:to:4:11 obj:11:12 case:15:13 det:15:14 obl:over:11:15 punct:4:16 | GRCGOV 041 TURGOV; GRCGOV 016 TURGOV
        Putin/NNP called/VBD/call Trump/NNP on/IN Monday/NNP to/TO congratulate/VB him/PRP ./. | nsubj:1:0 obj:1:2 case:4:3 obl:on:1:4 mark:6:5 advcl:to:1:6 obj:6:7 punct:1:8 | RUSGOV 041 USAGOV; RUSGOV 051 USAGOV
        # talks held with a side are its talks too; talks intended are the intent of whoever means to hold them
        Zelensky/NNP held/VBD/hold talks/NNS/talk with/IN Wang/NNP Yi/NNP in/IN Guangzhou/NNP on/IN Wednesday/NNP ./. | nsubj:1:0 obj:1:2 case:5:3 compound:5:4 nmod:with:2:5 case:7:6 nmod:in:2:7 case:9:8 obl:on:1:9 punct:1:10 | UKRGOV 046 CHNGOV; CHNGOV 046 UKRGOV
        Lee/NNP will/MD hold/VB/hold talks/NNS/talk with/IN Ishiba/NNP in/IN Tokyo/NNP ./. | nsubj:2:0 aux:2:1 obj:2:3 case:5:4 nmod:with:3:5 case:7:6 obl:in:2:7 punct:2:8 | KORGOV 036 JPNGOV intended
        # a militant, a fugitive or an envoy handed to another side is judicial cooperation (063), aimed at whom he goes to
        Pakistan/NNP has/VBZ/have handed/VBN/hand the/DT Taliban/NNP 's/POS former/JJ ambassador/NN to/IN U.S./NNP forces/NNS/force ./. | nsubj:2:0 aux:2:1 det:4:3 nmod:poss:7:4 case:4:5 amod:7:6 obj:2:7 case:10:8 compound:10:9 obl:to:2:10 punct:2:11 | PAK 063 USAMIL
        # sides named together that fought a battle, or fought with rocks and clubs, fought each other; wars they have
        # fought are history
        Armenian/JJ and/CC Azerbaijani/JJ troops/NNS/troop fought/VBD/fight a/DT gun/NN battle/NN along/IN the/DT line/NN on/IN Tuesday/NNP ./. | amod:3:0 cc:2:1 conj:0:2 nsubj:4:3 det:7:5 compound:7:6 obj:4:7 case:10:8 det:10:9 nmod:along:7:10 case:12:11 obl:on:4:12 punct:4:13 | ARMMIL 190 AZEMIL; AZEMIL 190 ARMMIL
        Indian/JJ and/CC Chinese/JJ troops/NNS/troop fought/VBD/fight with/IN rocks/NNS/rock and/CC clubs/NNS/club in/IN the/DT valley/NN ./. | amod:3:0 cc:2:1 conj:0:2 nsubj:4:3 case:6:5 obl:with:4:6 cc:8:7 conj:6:8 case:11:9 det:11:10 obl:in:4:11 punct:4:12 | INDMIL 182 CHNMIL; CHNMIL 182 INDMIL
        India/NNP and/CC China/NNP have/VBP/have fought/VBN/fight three/CD wars/NNS/war since/IN 1947/CD ./. | nsubj:4:0 cc:2:1 conj:0:2 aux:4:3 nummod:6:5 obj:4:6 case:8:7 obl:since:4:8 punct:4:9 | -
        # sides that share intelligence together share it with each other
        South/NNP Korea/NNP ,/, Japan/NNP and/CC the/DT United/NNP States/NNP began/VBD/begin sharing/VBG/share missile/NN warning/NN data/NNS/datum on/IN Tuesday/NNP ./. | compound:1:0 nsubj:8:1 punct:1:2 conj:1:3 cc:7:4 det:7:5 compound:7:6 conj:1:7 xcomp:8:9 compound:11:10 compound:12:11 obj:9:12 case:14:13 obl:on:9:14 punct:8:15 | KOR 064 JPN; KOR 064 USA; JPN 064 KOR; JPN 064 USA; USA 064 KOR; USA 064 JPN
        # a capital compounded with a place noun is the city where force falls ("in an upmarket Nairobi neighbourhood")
        Al/NNP Shabaab/NNP gunmen/NNS/gunman stormed/VBD/storm a/DT hotel/NN in/IN an/DT upmarket/JJ Nairobi/NNP neighbourhood/NN on/IN Tuesday/NNP ./. | compound:1:0 compound:2:1 nsubj:3:2 det:5:4 obj:3:5 case:10:6 det:10:7 amod:10:8 compound:10:9 obl:in:3:10 case:12:11 obl:on:3:12 punct:3:13 | SOMREB 180 KEN
        # tens of thousands who protest are a crowd, who protest in the street (141), not a state's protest note (114)
        Tens/NNS/ten of/IN thousands/NNS/thousand of/IN Greeks/NNPS protested/VBD/protest against/IN Merz/NNP 's/POS visit/NN to/IN Athens/NNP on/IN Tuesday/NNP ./. | nsubj:5:0 case:2:1 nmod:of:0:2 case:4:3 nmod:of:2:4 case:9:6 nmod:poss:9:7 case:7:8 obl:against:5:9 case:11:10 nmod:to:9:11 case:13:12 nmod:on:9:13 punct:5:14 | GRC 141 DEUGOV
        # warning rounds or flares fired at a side are a show of force (150), not an attack
        South/JJ Korean/JJ fighter/NN jets/NNS/jet fired/VBD/fire about/IN 360/CD warning/NN rounds/NNS/round at/IN a/DT Russian/JJ military/JJ plane/NN on/IN Tuesday/NNP ./. | amod:1:0 amod:3:1 compound:3:2 nsubj:4:3 advmod:6:5 nummod:8:6 compound:8:7 obj:4:8 case:13:9 det:13:10 amod:13:11 amod:13:12 obl:at:4:13 case:15:14 obl:on:4:15 punct:4:16 | KORMIL 150 RUS
        # a trip is the occasion of what is done on it, as a "during" phrase is
        Japan/NNP praised/VBD/praise Laos/NNP on/IN a/DT visit/NN to/IN Vientiane/NNP | nsubj:1:0 obj:1:2 case:5:3 det:5:4 obl:on:1:5 case:7:6 nmod:to:5:7 | JPN 051 LAO; JPN 042 LAOGOV
        # a participle goes on from the act of the verb it follows, through a verb joined to it that has none
        Chad/NNP expelled/VBD/expel the/DT German/JJ envoy/NN and/CC gave/VBD/give him/PRP/he two/CD days/NNS/day to/TO leave/VB ,/, accusing/VBG/accuse him/PRP/he of/IN meddling/NN/meddle | nsubj:1:0 det:4:2 amod:4:3 obj:1:4 cc:6:5 conj:1:6 iobj:6:7 nummod:9:8 obj:6:9 mark:11:10 xcomp:6:11 obj:13:14 case:16:15 obl:of:13:16 dep:6:13 | TCD 164 DEUGOV; TCD 112 DEUGOV
        # what a side is prompted to do answers whoever prompted it
        Russian/JJ bombers/NNS/bomber flew/VBD/fly over/IN the/DT sea/NN ,/, prompting/VBG/prompt Japan/NNP to/TO scramble/VB jets/NNS/jet | amod:1:0 nsubj:2:1 case:5:3 det:5:4 obl:over:2:5 dep:2:7 obj:7:8 mark:10:9 xcomp:7:10 obj:10:11 | JPN 150 RUSUAF
        # talks walked away from, pulled out of or withdrawn from are halted, aimed at the side they were with
        Iran/NNP walked/VBD/walk away/RB from/IN talks/NNS/talk with/IN Oman/NNP | nsubj:1:0 advmod:1:2 case:4:3 obl:from:2:4 case:6:5 nmod:with:4:6 | IRN 163 OMN
        Iran/NNP pulled/VBD/pull out/IN of/IN talks/NNS/talk with/IN Oman/NNP | nsubj:1:0 case:4:2 case:4:3 obl:out:1:4 case:6:5 nmod:with:4:6 | IRN 163 OMN
        Iran/NNP withdrew/VBD/withdraw from/IN the/DT negotiations/NNS/negotiation with/IN Oman/NNP | nsubj:1:0 case:4:2 det:4:3 obl:from:1:4 case:6:5 nmod:with:4:6 | IRN 163 OMN
        # envoys ordered out are expelled, where the parser hangs "out" on the phrase after it too
        Germany/NNP ordered/VBD/order 40/CD Russian/JJ envoys/NNS/envoy out/IN over/IN the/DT killings/NNS/killing | nsubj:1:0 nummod:4:2 amod:4:3 obj:1:4 case:8:5 case:8:6 det:8:7 obl:out:1:8 | DEU 164 RUSGOV
        # what a call was made for is the caller's act, aimed at whom it reached
        Lee/NNP phoned/VBD/phone Ishiba/NNP to/TO express/VB sympathy/NN | nsubj:1:0 obj:1:2 mark:4:3 xcomp:1:4 obj:4:5 | KORGOV 041 JPNGOV; KORGOV 016 JPNGOV
        # a leader's administration, named by "his" as a subject, acts for the leader's state
        Trump/NNP spoke/VBD/speak on/IN Monday/NNP ,/, and/CC his/PRP$ administration/NN froze/VBD/freeze Venezuelan/JJ assets/NNS/asset | nsubj:1:0 case:3:2 obl:on:1:3 cc:8:5 nmod:poss:7:6 nsubj:8:7 conj:1:8 amod:10:9 obj:8:10 | USAGOV 166 VEN
        # goods arriving are delivered by whose goods they are to where they arrive: relief is aid, other goods trade
        A/DT consignment/NN of/IN Indian/JJ wheat/NN reached/VBD/reach Kabul/NNP | det:1:0 nsubj:5:1 case:4:2 amod:4:3 nmod:of:1:4 obj:5:6 | IND 073 AFGGOV
        A/DT cargo/NN of/IN Russian/JJ crude/NN arrived/VBD/arrive in/IN Karachi/NNP | det:1:0 nsubj:5:1 case:4:2 amod:4:3 nmod:of:1:4 case:7:6 obl:in:5:7 | RUS 061 PAK
        # a carrier is of the side whose goods it carries, and goods donated by a side are that side's
        A/DT ship/NN carrying/VBG/carry Chinese/JJ steel/NN docked/VBN/dock at/IN Piraeus/NNP | det:1:0 nsubj:5:1 acl:1:2 amod:4:3 obj:2:4 case:7:6 obl:at:5:7 | CHN 061 GRC
        A/DT plane/NN carrying/VBG/carry vaccines/NNS/vaccine donated/VBN/donate by/IN China/NNP landed/VBD/land in/IN Phnom/NNP Penh/NNP | det:1:0 acl:1:2 obj:2:3 case:6:5 obl:by:4:6 case:10:8 compound:10:9 obl:in:7:10 acl:1:4 nsubj:7:1 | CHN 073 KHMGOV
        # a counted phrase keeps its conjuncts: thousands of two countries' troops drill together
        Thousands/NNS of/IN Thai/NNP and/CC American/JJ troops/NNS/troop began/VBD/begin drills/NNS/drill on/IN Tuesday/NNP | nsubj:6:0 case:2:1 nmod:of:0:2 cc:5:3 amod:5:4 conj:2:5 obj:6:7 case:9:8 obl:on:6:9 | THAMIL 062 USAMIL; USAMIL 062 THAMIL
        # a contingent of forces that arrives comes on a mission (074), not a visit
        A/DT contingent/NN of/IN Kenyan/JJ police/NN officers/NNS/officer arrived/VBD/arrive in/IN Haiti/NNP | det:1:0 nsubj:6:1 case:5:2 amod:5:3 compound:5:4 nmod:of:1:5 case:8:7 obl:in:6:8 | KENCOP 074 HTI
        # a side that denounces an act in a relative clause judges it: aimed at the act's doer, and no party to the act
        China/NNP launched/VBD/launch drills/NNS/drill ,/, which/WDT Taipei/NNP denounced/VBD/denounce | nsubj:1:0 obj:1:2 obj:6:4 nsubj:6:5 acl:relcl:2:6 | TWNGOV 111 CHN
        # what a side makes available to another it provides
        Japan/NNP made/VBD/make its/PRP$ bases/NNS/base available/JJ to/IN the/DT United/NNP States/NNP | nsubj:1:0 nmod:poss:3:2 nsubj:4:3 xcomp:1:4 case:8:5 det:8:6 compound:8:7 obl:to:4:8 | JPN 070 USA
        # what each of two sides did with no one named, it did to the other
        Ukraine/NNP and/CC Hungary/NNP each/RB expelled/VBD/expel two/CD diplomats/NNS/diplomat | nsubj:4:0 cc:2:1 conj:0:2 advmod:4:3 nummod:6:5 obj:4:6 | UKR 164 HUN; HUN 164 UKR
        # a side's own state bodies told to act act for it; an embassy official ordered to leave is expelled
        Morocco/NNP told/VBD/tell its/PRP$ ministries/NNS/ministry to/TO suspend/VB contact/NN with/IN Germany/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 mark:5:4 xcomp:1:5 obj:5:6 case:8:7 nmod:with:6:8 | MAR 161 DEU
        Pakistan/NNP ordered/VBD/order an/DT Indian/JJ embassy/NN official/NN to/TO leave/VB | nsubj:1:0 det:5:2 amod:5:3 compound:5:4 obj:1:5 mark:7:6 xcomp:1:7 | PAK 164 INDGOV
        # what an appeal asks for is not done, whether the appeal verb is hand-written or generated ("plead")
        Russia/NNP pleaded/VBD/plead with/IN NATO/NNP to/TO stop/VB its/PRP$ bombing/NN/bombing of/IN Serbia/NNP | nsubj:1:0 mark:5:4 nmod:poss:7:6 obj:5:7 case:9:8 nmod:of:7:9 xcomp:1:5 obl:with:1:3 case:3:2 | RUS 020 NAT; RUS 0871 SRB hypothetical
        # a side suspected of an act is accused of it, and the act is only alleged
        Germany/NNP suspected/VBD/suspect Moscow/NNP of/IN ordering/VBG/order the/DT killing/NN/killing of/IN a/DT Georgian/JJ man/NN | nsubj:1:0 obj:1:2 case:4:3 advcl:of:1:4 det:6:5 obj:4:6 case:10:7 det:10:8 amod:10:9 nmod:of:6:10 | DEU 112 RUSGOV; RUSGOV 100 GEO hypothetical
        # "should" said of a thing, not a side, is no appeal to anyone
        Ethiopia/NNP warned/VBD/warn Sudan/NNP and/CC said/VBD/say its/PRP$ restraint/NN should/MD not/RB be/VB mistaken/JJ/mistake for/IN weakness/NN | nsubj:1:0 obj:1:2 cc:4:3 conj:1:4 nmod:poss:6:5 nsubj:10:6 aux:10:7 advmod:10:8 cop:10:9 ccomp:4:10 case:12:11 obl:for:10:12 | ETH 130 SDN
        # a phrasal verb is another word: "called off" a trip is no phone call, and protests called off ease dissent
        Trump/NNP called/VBD/call off/RP a/DT trip/NN to/IN Denmark/NNP | nsubj:1:0 compound:prt:1:2 det:4:3 obj:1:4 case:6:5 nmod:to:4:6 | USAGOV 161 DNK
        Kenyan/JJ opposition/NN leaders/NNS/leader called/VBD/call off/RP their/PRP$ protests/NNS/protest | amod:2:0 compound:2:1 nsubj:3:2 compound:prt:3:4 nmod:poss:6:5 obj:3:6 | KENOPP 082 KEN
        # an act named as what a side cancelled did not happen; talks aborted or cancelled are halted (163), and so are
        # talks a side recalls its negotiator from
        Trump/NNP cancelled/VBD/cancel a/DT strike/NN on/IN Iran/NNP | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:on:3:5 | USAGOV 195 IRN negated
        Japan/NNP aborted/VBD/abort talks/NNS/talk with/IN China/NNP | nsubj:1:0 obj:1:2 case:4:3 nmod:with:2:4 | JPN 163 CHN
        Colombia/NNP recalled/VBD/recall its/PRP$ negotiator/NN from/IN talks/NNS/talk with/IN the/DT FARC/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:from:1:5 case:8:6 det:8:7 nmod:with:5:8 | COL 163 COLREB
        # rebels bomb as irregulars do (183), at home
        FARC/NN rebels/NNS/rebel bombed/VBD/bomb a/DT pipeline/NN in/IN Colombia/NNP | compound:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:in:4:6 | COLREB 183 COL
        # what a deadline is set for is intended, not done
        Colombia/NNP set/VBD/set a/DT deadline/NN for/IN the/DT FARC/NNP to/TO hand/VB over/RP its/PRP$ weapons/NNS/weapon to/IN United/NNP Nations/NNP monitors/NNS/monitor | nsubj:1:0 det:3:2 obj:1:3 mark:8:4 det:6:5 nsubj:8:6 mark:8:7 acl:for:3:8 compound:prt:8:9 nmod:poss:11:10 obj:8:11 case:15:12 compound:14:13 compound:15:14 obl:to:8:15 | COLREB 035 UNO intended
        # an act feared is only a possibility, though the readiness it prompts still answers its side
        Kenya/NNP put/VBD/put its/PRP$ police/NN on/IN alert/NN ,/, saying/VBG/say it/PRP feared/VBD/fear attacks/NNS/attack by/IN al/NNP Shabaab/NNP militants/NNS/militant | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:5:4 obl:on:1:5 dep:1:7 nsubj:9:8 ccomp:7:9 obj:9:10 case:14:11 compound:13:12 compound:14:13 nmod:by:10:14 | KEN 152 SOMREB; SOMREB 190 KEN hypothetical
        # a side safeguarding its own interests keeps no peace for anyone
        China/NNP safeguarded/VBD/safeguard its/PRP$ security/NN interests/NNS/interest against/IN South/NNP Korea/NNP | nsubj:1:0 nmod:poss:4:2 compound:4:3 obj:1:4 case:7:5 compound:7:6 nmod:against:4:7 | -
        # a crowd that pelts a building with eggs, or overruns it, riots; police firing on a crowd repress it
        Serbian/JJ protesters/NNS/protester pelted/VBD/pelt the/DT state/NN television/NN building/NN with/IN eggs/NNS/egg | amod:1:0 nsubj:2:1 det:6:3 compound:6:4 compound:6:5 obj:2:6 case:8:7 obl:with:2:8 | SRBCVL 145 SRBMED
        Kyrgyz/JJ protesters/NNS/protester overran/VBD/overrun the/DT main/JJ government/NN building/NN | amod:1:0 nsubj:2:1 det:6:3 amod:6:4 compound:6:5 obj:2:6 | KGZCVL 145 KGZGOV
        Kyrgyz/JJ police/NN opened/VBD/open fire/NN on/IN the/DT crowd/NN | amod:1:0 nsubj:2:1 obj:2:3 case:6:4 det:6:5 obl:on:2:6 | KGZCOP 175 KGZCVL
        # demands handed over, or a list of them, are made; a side cut off from funding has its aid cut
        Saudi/NNP Arabia/NNP handed/VBD/hand Qatar/NNP a/DT list/NN of/IN demands/NNS/demand | compound:1:0 nsubj:2:1 iobj:2:3 det:5:4 obj:2:5 case:7:6 nmod:of:5:7 | SAU 100 QAT
        The/DT IMF/NNP cut/VBD/cut off/RP Afghanistan/NNP from/IN new/JJ funding/NN | det:1:0 nsubj:2:1 compound:prt:2:3 obj:2:4 case:7:5 amod:7:6 obl:from:2:7 | IMF 162 AFG
        # a title is the person named right after it ("its leader Kim Jong Un"), whoever "its" stands for
        Trump/NNP derided/VBD/deride its/PRP$ leader/NN Kim/NNP Jong/NNP Un/NNP as/IN a/DT madman/NN | nsubj:1:0 nmod:poss:3:2 obj:1:3 compound:6:4 compound:6:5 dep:3:6 case:9:7 det:9:8 obl:as:1:9 | USAGOV 111 PRKGOV
        # a side's own weapons handed over demobilise it; its jets handed to another are still military aid
        FARC/NN rebels/NNS/rebel handed/VBN/hand over/RP their/PRP$ weapons/NNS/weapon to/IN United/NNP Nations/NNP monitors/NNS/monitor | compound:1:0 nsubj:2:1 compound:prt:2:3 nmod:poss:5:4 obj:2:5 case:9:6 compound:8:7 compound:9:8 obl:to:2:9 | COLREB 0873 UNO
        Slovakia/NNP handed/VBD/hand over/RP its/PRP$ jets/NNS/jet to/IN Ukraine/NNP | nsubj:1:0 compound:prt:1:2 nmod:poss:4:3 obj:1:4 case:6:5 obl:to:1:6 | SVK 072 UKR
        # a crowd placed where a verb joined to its own acts; bottles hurled at an embassy are a riot aimed at its state
        Angry/JJ crowds/NNS/crowd smashed/VBD/smash windows/NNS/window and/CC hurled/VBN/hurl bottles/NNS/bottle at/IN the/DT U.S./NNP embassy/NN in/IN Belgrade/NNP | amod:1:0 nsubj:2:1 obj:2:3 cc:5:4 conj:2:5 obj:5:6 case:10:7 det:10:8 compound:10:9 obl:at:5:10 case:12:11 nmod:in:10:12 | SRBCVL 145 USAGOV
        # regret expressed to a side is an apology to it
        Britain/NNP expressed/VBD/express regret/NN to/IN Ireland/NNP over/IN London/NNP 's/POS failures/NNS/failure | nsubj:1:0 obj:1:2 case:4:3 nmod:to:2:4 case:8:5 nmod:poss:8:6 case:6:7 nmod:over:2:8 | GBR 055 IRL
        # a crowd is where the embassy it riots at stands, whichever word the phrase hangs on; a participle's subject is
        # the one of the verb it goes on from, so a crowd that goes on protesting demonstrates (141), as no state protests
        Thousands/NNS of/IN students/NNS/student hurled/VBN/hurl stones/NNS/stone and/CC paint/NN at/IN the/DT U.S./NNP embassy/NN in/IN Beijing/NNP ,/, protesting/VBG/protest against/IN NATO/NNP 's/POS bombing/NN/bombing | nsubj:3:0 case:2:1 nmod:of:0:2 obj:3:4 cc:6:5 conj:4:6 case:10:7 det:10:8 compound:10:9 obl:at:3:10 case:12:11 nmod:in:10:12 dep:3:14 case:18:15 nmod:poss:18:16 case:16:17 obl:against:14:18 | CHNEDU 145 USAGOV; CHNEDU 141 NAT
        Thousands/NNS of/IN students/NNS/student hurled/VBN/hurl stones/NNS/stone and/CC paint/NN at/IN the/DT U.S./NNP embassy/NN in/IN Beijing/NNP ,/, protesting/VBG/protest against/IN NATO/NNP 's/POS bombing/NN/bombing | nsubj:3:0 case:2:1 nmod:of:0:2 obj:3:4 cc:6:5 conj:4:6 case:10:7 det:10:8 compound:10:9 nmod:at:4:10 case:12:11 nmod:in:10:12 dep:3:14 case:18:15 nmod:poss:18:16 case:16:17 obl:against:14:18 | CHNEDU 145 USAGOV; CHNEDU 141 NAT
        # an aid convoy that crosses into a country brings aid there
        A/DT U.N./NNP aid/NN convoy/NN crossed/VBN/cross from/IN Turkey/NNP into/IN Syria/NNP | det:3:0 compound:3:1 compound:3:2 nsubj:4:3 case:6:5 obl:from:4:6 case:8:7 obl:into:4:8 | UNO 073 SYR
        # so is an infinitive's: a crowd that marches to protest demonstrates, and lodges no state's protest (114)
        Thousands/NNS of/IN Palestinians/NNPS marched/VBD/march through/IN Gaza/NNP City/NNP to/TO protest/VB/protest against/IN Israel/NNP 's/POS plan/NN/plan | nsubj:3:0 case:2:1 nmod:of:0:2 case:6:4 compound:6:5 obl:through:3:6 mark:8:7 xcomp:3:8 case:12:9 nmod:poss:12:10 case:10:11 obl:against:8:12 | PSE 141 ISR
        # what a side could do is a possibility, whoever tells it, not an intention
        Diplomats/NNS said/VBD/say the/DT Security/NNP Council/NNP could/MD impose/VB/impose sanctions/NNS/sanction on/IN Iran/NNP | nsubj:1:0 det:4:2 compound:4:3 nsubj:6:4 aux:6:5 ccomp:1:6 obj:6:7 case:9:8 obl:on:6:9 | UNO 166 IRN hypothetical
        # an act that came before another side's act is not its doing
        NATO/NNP bolstered/VBD/bolster its/PRP$ flank/NN after/IN the/DT drone/NN incursion/NN into/IN Poland/NNP | nsubj:1:0 nmod:poss:3:2 obj:1:3 case:7:4 det:7:5 compound:7:6 obl:after:1:7 case:9:8 nmod:into:7:9 | -
        Israel/NNP responded/VBD/respond with/IN a/DT wave/NN of/IN strikes/NNS/strike across/IN Gaza/NNP | nsubj:1:0 case:4:2 det:4:3 obl:with:1:4 case:6:5 nmod:of:4:6 case:8:7 nmod:across:6:8 | ISR 190 PSE
        The/DT foreign/JJ ministers/NNS/minister of/IN 25/CD countries/NNS/country ,/, including/VBG/include Britain/NNP and/CC Japan/NNP ,/, called/VBN/call on/IN Israel/NNP to/TO end/VB the/DT war/NN in/IN Gaza/NNP | det:2:0 amod:2:1 nsubj:12:2 case:5:3 nummod:5:4 nmod:of:2:5 punct:5:6 case:8:7 nmod:include:5:8 cc:10:9 conj:8:10 punct:5:11 case:14:13 obl:on:12:14 mark:16:15 xcomp:12:16 det:18:17 obj:16:18 case:20:19 nmod:in:18:20 | GBRGOV 020 ISR; JPNGOV 020 ISR; ISR 087 PSE hypothetical
        """)
    void visits_releases_and_eased_curbs_as_reporters_tell_them(String sentence, String deps, String expected) {
        assertEvents(sentence, deps, expected);
    }

    private static void assertEvents(String sentence, String deps, String expected) {
        List<Event> events = code(sentence, deps);
        String got = events.stream().map(PatternTest::brief).collect(Collectors.joining("; "));
        assertEquals(expected.trim().equals("-") ? "" : expected.trim(), got, "events of: " + sentence);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # police act at home, where the story is filed, though the sentence names another country; so do national guards
        ATHENS (Reuters) -   | Germans/NNPS/german watched/VBD/watch as/IN police/NNS/police fired/VBD/fire gas/NN at/IN youths/NNS/youth | nsubj:1:0 mark:4:2 nsubj:4:3 advcl:as:1:4 obj:4:5 case:7:6 obl:at:4:7 | GRCCOP 175 GRCCVL
        CARACAS (Reuters) -  | National/NNP guard/NN troops/NNS/troop fired/VBD/fire gas/NN at/IN protesters/NNS/protester | compound:1:0 compound:2:1 nsubj:3:2 obj:3:4 case:6:5 obl:at:3:6 | VENMIL 175 VENCVL
        # sides named only by their role are of the country the story was filed from; those whose throats were cut too
        ALGIERS (Reuters) -  | Guerrillas/NNS/guerrilla cut/VBD/cut the/DT throats/NNS/throat of/IN villagers/NNS/villager | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 | DZAREB 180 DZACVL
        -                    | Guerrillas/NNS/guerrilla cut/VBD/cut the/DT throats/NNS/throat of/IN villagers/NNS/villager | nsubj:1:0 det:3:2 obj:1:3 case:5:4 nmod:of:3:5 | -
        # security forces are the state's own where they act, as government soldiers are
        BEIRUT (Reuters) -  | Security/NN forces/NNS/force fired/VBD/fire gas/NN at/IN protesters/NNS/protester | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:at:2:5 | LBNMIL 175 LBNCVL
        BEIRUT (Reuters) -  | Foreign/JJ forces/NNS/force fired/VBD/fire gas/NN at/IN protesters/NNS/protester | amod:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:at:2:5 | -
        # ... when the sentence names no other country
        ALGIERS (Reuters) -  | Syrian/JJ guerrillas/NNS/guerrilla cut/VBD/cut the/DT throats/NNS/throat of/IN villagers/NNS/villager | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:of:4:6 | SYRREB 180 SYRCVL
        # those struck, of whatever country, leave the dateline to place those who struck them
        KABUL (Reuters) -    | Gunmen/NNS/gunman abducted/VBD/abduct seven/CD Indian/JJ engineers/NNS/engineer | nsubj:1:0 obj:1:4 nummod:4:2 amod:4:3 | AFGUAF 181 INDCVL
        # people seized are abducted, whoever they are
        BAMAKO (Reuters) -   | Gunmen/NNS/gunman seized/VBD/seize two/CD British/JJ trekkers/NNS/trekker | nsubj:1:0 obj:1:4 nummod:4:2 amod:4:3 | MLIUAF 181 GBR
        # an attack on no one named makes no event of its place alone
        ISTANBUL (Reuters) - | Kurdish/JJ militants/NNS/militant detonated/VBD/detonate a/DT bomb/NN | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 | -
        # a side the report says is unknown is no one to place
        ALGIERS (Reuters) -  | Unidentified/JJ gunmen/NNS/gunman shot/VBD/shoot villagers/NNS/villager | amod:1:0 nsubj:2:1 obj:2:3 | -
        TEHRAN (AP) -        | Iranian/JJ guards/NNS/guard seized/VBD/seize a/DT foreign/JJ tanker/NN | amod:1:0 nsubj:2:1 det:5:3 amod:5:4 obj:2:5 | -
        # a people or a transnational armed group acting somewhere is of that country, as PLOVER's gold codes "TURREBKUR"
        ISTANBUL (Reuters) - | Kurdish/JJ militants/NNS/militant attacked/VBD/attack police/NNS/police | amod:1:0 nsubj:2:1 obj:2:3 | TURKUR 190 TURCOP
        -                    | Shiite/JJ militias/NNS/militia fired/VBD/fire rockets/NNS/rocket at/IN a/DT base/NN in/IN Iraq/NNP | amod:1:0 nsubj:2:1 obj:2:3 case:6:4 det:6:5 obl:at:2:6 case:8:7 nmod:in:6:8 | IRQSHI 190 IRQ
        # with no dateline, protesters are of the one country the sentence names, not of an embassy's
        -                    | Workers/NNS/worker in/IN Belgrade/NNP stopped/VBD/stop work/NN | nsubj:3:0 case:2:1 nmod:in:0:2 obj:3:4 | SRBLAB 143 SRB
        -                    | Protesters/NNS/protester rallied/VBD/rally outside/IN the/DT U.S./NNP embassy/NN | nsubj:1:0 case:5:2 det:5:3 compound:5:4 obl:outside:1:5 | -
        # a domestic party called on, named only by its role, is of the caller's country
        -                    | Egypt/NNP called/VBD/call on/IN the/DT opposition/NN to/TO end/VB the/DT protests/NNS/protest | nsubj:1:0 case:4:2 det:4:3 obl:on:1:4 mark:6:5 xcomp:1:6 det:8:7 obj:6:8 | EGY 020 EGYOPP
        # a country's party is a side apart from its state, so the sentence is parsed at all
        -                    | Bangladeshi/JJ authorities/NNS/authority banned/VBD/ban the/DT Awami/NNP League/NNP | amod:1:0 nsubj:2:1 det:5:3 compound:5:4 obj:2:5 | BGDGOV 172 BGDPTY
        # what two sides welcome together is no welcome of each other, and a response to no one named is dropped
        -                    | Egypt/NNP and/CC Qatar/NNP welcomed/VBD/welcome the/DT release/NN of/IN hostages/NNS/hostage | nsubj:3:0 cc:2:1 conj:0:2 det:5:4 obj:3:5 case:7:6 nmod:of:5:7 | -
        # with no place named, attackers of a state's officials or police are of that state, also when they try to be;
        # not of soldiers' (often abroad) nor of an embassy's staff
        -                    | Gunmen/NNS/gunman killed/VBD/kill a/DT senior/JJ Iraqi/JJ official/NN | nsubj:1:0 det:5:2 amod:5:3 amod:5:4 obj:1:5 | IRQUAF 180 IRQGOV
        -                    | Gunmen/NNS/gunman tried/VBD/try to/TO kill/VB a/DT senior/JJ Iraqi/JJ official/NN | nsubj:1:0 xcomp:1:3 mark:3:2 det:7:4 amod:7:5 amod:7:6 obj:3:7 | IRQUAF 180 IRQGOV intended
        -                    | Gunmen/NNS/gunman killed/VBD/kill two/CD Iraqi/JJ soldiers/NNS/soldier | nsubj:1:0 nummod:4:2 amod:4:3 obj:1:4 | -
        -                    | Gunmen/NNS/gunman killed/VBD/kill two/CD officials/NNS/official of/IN Israel/NNP 's/POS embassy/NN | nsubj:1:0 nummod:3:2 obj:1:3 case:7:4 nmod:poss:7:5 case:5:6 nmod:of:3:7 | -
        # the country a border names was not struck by what fell near it
        ISLAMABAD (Reuters) - | Gunmen/NNS/gunman shot/VBD/shoot five/CD Pakistani/JJ soldiers/NNS/soldier at/IN a/DT post/NN near/IN the/DT Afghan/JJ border/NN | nsubj:1:0 obj:1:4 nummod:4:2 amod:4:3 case:7:5 det:7:6 obl:at:1:7 case:11:8 det:11:9 amod:11:10 nmod:near:7:11 | PAKUAF 190 PAKMIL
        # a ministry that summons another country's envoy is of the country the story was filed from
        SEOUL (Yonhap) -     | The/DT foreign/JJ ministry/NN summoned/VBD/summon the/DT Chinese/JJ ambassador/NN | det:2:0 amod:2:1 nsubj:3:2 det:6:4 amod:6:5 obj:3:6 | KORGOV 114 CHNGOV
        SEOUL (Yonhap) -     | The/DT foreign/JJ ministry/NN called/VBD/call in/RP the/DT Chinese/JJ ambassador/NN | det:2:0 amod:2:1 nsubj:3:2 compound:prt:3:4 det:7:5 amod:7:6 obj:3:7 | KORGOV 114 CHNGOV
        SEOUL (Yonhap) -     | The/DT foreign/JJ ministry/NN called/VBD/call in/IN the/DT Chinese/JJ ambassador/NN | det:2:0 amod:2:1 nsubj:3:2 case:7:4 det:7:5 amod:7:6 obl:in:3:7 | KORGOV 114 CHNGOV
        # an envoy summoned to a ministry is summoned by whose ministry it is: named, else the host's, never his own state's
        -                    | The/DT U.S./NNP ambassador/NN was/VBD/be summoned/VBN/summon to/IN the/DT ministry/NN of/IN Turkey/NNP | det:2:0 compound:2:1 nsubj:pass:4:2 aux:pass:4:3 case:7:5 det:7:6 obl:to:4:7 case:9:8 nmod:of:7:9 | TURGOV 114 USAGOV
        SEOUL (Yonhap) -     | The/DT Chinese/JJ ambassador/NN was/VBD/be summoned/VBN/summon to/IN the/DT foreign/JJ ministry/NN | det:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 case:8:5 det:8:6 amod:8:7 obl:to:4:8 | KORGOV 114 CHNGOV
        -                    | The/DT Chinese/JJ ambassador/NN was/VBD/be summoned/VBN/summon to/IN the/DT foreign/JJ ministry/NN | det:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 case:8:5 det:8:6 amod:8:7 obl:to:4:8 | -
        # ... not its own envoy, and not with no dateline
        SEOUL (Yonhap) -     | The/DT foreign/JJ ministry/NN summoned/VBD/summon the/DT Korean/JJ ambassador/NN | det:2:0 amod:2:1 nsubj:3:2 det:6:4 amod:6:5 obj:3:6 | -
        -                    | The/DT foreign/JJ ministry/NN summoned/VBD/summon the/DT Chinese/JJ ambassador/NN | det:2:0 amod:2:1 nsubj:3:2 det:6:4 amod:6:5 obj:3:6 | -
        # a pronoun in a clause told is its teller, placed as the teller would be
        -                    | The/DT rebels/NNS/rebel said/VBD/say they/PRP attacked/VBD/attack an/DT army/NN post/NN in/IN Mali/NNP | det:1:0 nsubj:2:1 nsubj:4:3 ccomp:2:4 det:7:5 compound:7:6 obj:4:7 case:9:8 nmod:in:7:9 | MLIREB 190 MLIMIL reported
        # armed men are an armed group, not civilians; a death squad too
        -                    | Armed/JJ men/NNS/man stormed/VBD/storm a/DT village/NN in/IN Mali/NNP | amod:1:0 nsubj:2:1 det:4:3 obj:2:4 case:6:5 nmod:in:4:6 | MLIUAF 180 MLICVL
        -                    | A/DT death/NN squad/NN killed/VBD/kill three/CD villagers/NNS/villager in/IN Mali/NNP | det:2:0 compound:2:1 nsubj:3:2 nummod:5:4 obj:3:5 case:7:6 nmod:in:5:7 | MLIUAF 180 MLICVL
        # a gunman who kills or shoots people dead is unconventional violence; what gunmen do to soldiers is fighting
        -                    | A/DT gunman/NN shot/VBD/shoot dead/JJ a/DT Russian/JJ diplomat/NN in/IN Ankara/NNP | det:1:0 nsubj:2:1 xcomp:2:3 det:6:4 amod:6:5 obj:2:6 case:8:7 obl:in:2:8 | TURUAF 180 RUSGOV
        -                    | A/DT Russian/JJ diplomat/NN was/VBD/be shot/VBN/shoot dead/JJ by/IN a/DT gunman/NN in/IN Ankara/NNP | det:2:0 amod:2:1 nsubj:pass:4:2 aux:pass:4:3 xcomp:4:5 case:8:6 det:8:7 obl:by:4:8 case:10:9 obl:in:4:10 | TURUAF 180 RUSGOV
        -                    | Gunmen/NNS/gunman killed/VBD/kill five/CD soldiers/NNS/soldier in/IN Mali/NNP | nsubj:1:0 nummod:3:2 obj:1:3 case:5:4 nmod:in:3:5 | MLIUAF 190 MLIMIL
        # rebels who fight a state's own forces are of that state; fighting plain troops, they may be anyone's
        BEIRUT (Reuters) -   | Islamist/JJ rebels/NNS/rebel battled/VBD/battle Syrian/JJ government/NN forces/NNS/force | amod:1:0 nsubj:2:1 amod:5:3 compound:5:4 obj:2:5 | SYRREB 190 SYRMIL
        -                    | Islamist/JJ rebels/NNS/rebel battled/VBD/battle Syrian/JJ troops/NNS/troop | amod:1:0 nsubj:2:1 amod:4:3 obj:2:4 | -
        # renegade soldiers are their own country's, where they act
        BISSAU (Reuters) -   | Renegade/JJ soldiers/NNS/soldier shot/VBD/shoot dead/JJ President/NNP Joao/NNP Vieira/NNP | amod:1:0 nsubj:2:1 xcomp:2:3 compound:6:4 compound:6:5 obj:2:6 | GNBMIL 186 GNBELI
        # a crowd of protesters fired on is protesters, and one side named twice is struck once
        -                    | Police/NNS/police fired/VBD/fire on/IN crowds/NNS/crowd of/IN demonstrators/NNS/demonstrator in/IN Harare/NNP | nsubj:1:0 case:3:2 obl:on:1:3 case:5:4 nmod:of:3:5 case:7:6 obl:in:1:7 | ZWECOP 175 ZWEOPP
        # missiles fired into the sea near a country are a show of force, not an attack on it
        -                    | China/NNP fired/VBD/fire missiles/NNS/missile into/IN waters/NNS/water around/IN Taiwan/NNP | nsubj:1:0 obj:1:2 case:4:3 obl:into:1:4 case:6:5 nmod:around:4:6 | CHN 150 TWN
        # a minister the knowledge base does not know is of the country the story was filed from; not with no dateline,
        # and not a title an international body may hold
        CARACAS (Reuters) -  | Interior/NNP Minister/NNP Jose/NNP Perez/NNP accused/VBD/accuse Colombia/NNP | compound:3:0 compound:3:1 compound:3:2 nsubj:4:3 obj:4:5 | VENGOV 112 COL
        -                    | Interior/NNP Minister/NNP Jose/NNP Perez/NNP accused/VBD/accuse Colombia/NNP | compound:3:0 compound:3:1 compound:3:2 nsubj:4:3 obj:4:5 | -
        CARACAS (Reuters) -  | Secretary-General/NNP Jose/NNP Perez/NNP accused/VBD/accuse Colombia/NNP | compound:2:0 compound:2:1 nsubj:3:2 obj:3:4 | -
        # relief taken to villages no country names goes to the dateline's country; never to the giver's own
        TEGUCIGALPA, Honduras (Reuters) - | U.S./NNP helicopters/NNS/helicopter ferried/VBD/ferry food/NN to/IN villages/NNS/village | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:to:2:5 | USAMIL 073 HND
        -                    | U.S./NNP helicopters/NNS/helicopter ferried/VBD/ferry food/NN to/IN villages/NNS/village | compound:1:0 nsubj:2:1 obj:2:3 case:5:4 obl:to:2:5 | -
        """)
    void a_dateline_places_what_its_sentence_names_only_by_role(String dateline, String sentence, String deps,
                                                                 String expected) {
        HandParse parse = new HandParse(sentence, deps);
        String text = dateline.strip().equals("-") ? parse.text() : dateline.strip() + " " + parse.text();
        Coder coder = Coder.builder().lexicon(Lexicon.builtIn()).parser(() -> parse::parse).classifier(null).build();
        String got = coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null, text)).events().stream()
                .map(PatternTest::brief).collect(Collectors.joining("; "));
        assertEquals(expected.trim().equals("-") ? "" : expected.trim(), got, "events of: " + text);
    }

    @Test
    void an_event_noun_naming_again_an_earlier_sentences_event_is_that_event() {
        // "Lee held talks with Xi. During the talks, Lee urged Xi to act.": one meeting, told twice
        HandParse held = new HandParse("Lee/NNP held/VBD/hold talks/NNS/talk with/IN Xi/NNP", "nsubj:1:0 obj:1:2 case:4:3 nmod:with:2:4");
        HandParse during = new HandParse("During/IN the/DT talks/NNS/talk Lee/NNP urged/VBD/urge Xi/NNP to/TO act/VB",
                "case:2:0 det:2:1 obl:during:4:2 nsubj:4:3 obj:4:5 mark:7:6 xcomp:4:7");
        Coder coder = Coder.builder().lexicon(Lexicon.builtIn()).classifier(null)
                .parser(() -> (sentence, offset) -> (sentence.startsWith("Lee") ? held : during).parse(sentence, offset)).build();
        String once = coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null,
                held.text() + " " + during.text())).events().stream().map(PatternTest::brief).collect(Collectors.joining("; "));
        assertEquals("KORGOV 046 CHNGOV; CHNGOV 046 KORGOV; KORGOV 021 CHNGOV", once);
        // told alone, the occasion is a meeting of its own
        String alone = coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null, during.text())).events()
                .stream().map(PatternTest::brief).collect(Collectors.joining("; "));
        assertTrue(alone.contains("KORGOV 04"), alone);
    }

    @Test
    void they_who_act_together_in_a_main_clause_are_the_last_two_sides() {
        // "Lee met Xi. They agreed to cooperate.": what "they" do together, the two sides just named did
        HandParse met = new HandParse("Lee/NNP met/VBD/meet Xi/NNP", "nsubj:1:0 obj:1:2");
        HandParse agreed = new HandParse("They/PRP/they agreed/VBD/agree to/TO cooperate/VB", "root:-1:1 nsubj:1:0 mark:3:2 xcomp:1:3");
        Coder coder = Coder.builder().lexicon(Lexicon.builtIn()).classifier(null)
                .parser(() -> (sentence, offset) -> (sentence.startsWith("Lee") ? met : agreed).parse(sentence, offset)).build();
        List<Event> events = coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null,
                met.text() + " " + agreed.text())).events();
        String both = events.stream().filter(e -> e.sentence() == 1).map(PatternTest::brief).sorted()
                .collect(Collectors.joining("; "));
        assertEquals("CHNGOV 031 KORGOV intended; KORGOV 031 CHNGOV intended", both);
        // told alone, "they" are no one
        assertTrue(coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null, agreed.text())).events().isEmpty());
    }

    @Test
    void every_event_names_the_pattern_row_that_coded_it() {
        List<Event> events = code("Washington/NNP demanded/VBD/demand that/IN Pyongyang/NNP abandon/VB its/PRP$ missiles/NNS/missile",
                "nsubj:1:0 ccomp:1:4 mark:4:2 nsubj:4:3 obj:4:6 nmod:poss:6:5");
        assertEquals(1, events.size());
        assertTrue(events.get(0).pattern().matches("lexicon/events\\.tsv:\\d+"), events.get(0).pattern());
    }

    @Test
    void a_users_pattern_file_wins_over_the_built_in_rows(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "# mine\nlaunch\t195\t\ttheme/prep:at->target\n");
        Lexicon lexicon = Lexicon.builder().add(mine).build();
        List<Event> events = code(lexicon, "Russia/NNP launched/VBD/launch drones/NNS/drone at/IN plants/NNS/plant across/IN Ukraine/NNP",
                "nsubj:1:0 obj:1:2 nmod:at:2:4 case:4:3 nmod:across:4:6 case:6:5");
        assertEquals("RUS 195 UKR", events.stream().map(PatternTest::brief).collect(Collectors.joining("; ")));
        assertEquals(mine + ":2", events.get(0).pattern());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        meet                              | a pattern needs a trigger and a code
        Meet	040                       | the trigger must be a lower-case lemma
        meet	40a                       | is not a CAMEO code
        meet	040	loud                  | unknown flag 'loud'
        meet	040		obj->target prep:with->target | at most one condition can give the target
        send	072		theme=@guns      | unknown word class '@guns'
        clash	190		sym              | 'sym' is a flag, not a condition
        """)
    void a_bad_pattern_row_is_refused_with_its_line_and_reason(String row, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.parse(row.strip().replace("\\t", "\t"), "mine.tsv:7"));
        assertTrue(e.getMessage().startsWith("mine.tsv:7: "), e.getMessage());
        assertTrue(e.getMessage().contains(reason.strip()), e.getMessage());
    }

    @Test
    void a_word_class_defined_in_a_file_stands_for_its_words_in_later_rows(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "@guns\trifle|carbine\nsell\t072\t\ttheme=@guns prep:to->target\n@\tbad\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.builder().add(mine).build());
        assertTrue(e.getMessage().startsWith(mine + ":3: a word class is"), e.getMessage());
        Files.writeString(mine, "@guns\trifle|carbine\nsell\t072\t\ttheme=@guns prep:to->target\n");
        Lexicon lexicon = Lexicon.builder().add(mine).build();
        List<Event> events = code(lexicon, "Iran/NNP sold/VBD/sell rifles/NNS/rifle to/IN Iraq/NNP",
                "nsubj:1:0 obj:1:2 obl:to:1:4 case:4:3");
        assertEquals("IRN 072 IRQ", events.stream().map(PatternTest::brief).collect(Collectors.joining("; ")));
    }

    @Test
    void a_key_of_several_words_is_one_row_for_each(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "@guns\trifle|carbine\nsell|give\t072\t\ttheme=@guns prep:to->target\n");
        Lexicon lexicon = Lexicon.builder().add(mine).build();
        for (String verb : List.of("sold/VBD/sell", "gave/VBD/give")) {
            List<Event> events = code(lexicon, "Iran/NNP " + verb + " rifles/NNS/rifle to/IN Iraq/NNP",
                    "nsubj:1:0 obj:1:2 obl:to:1:4 case:4:3");
            assertEquals("IRN 072 IRQ", events.stream().map(PatternTest::brief).collect(Collectors.joining("; ")), verb);
            assertEquals(mine + ":2", events.get(0).pattern());
        }
        Files.writeString(mine, "sell||give\t072\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.builder().add(mine).build());
        assertTrue(e.getMessage().startsWith(mine + ":1: the trigger must be a lower-case lemma"), e.getMessage());
    }

    @Test
    void a_particle_of_the_short_form_gives_the_target_only_when_no_other_condition_does() {
        EventPattern alone = Lexicon.parse("step+down\t083\tmono", "f:1");
        assertTrue(alone.conditions().get(0).target());
        EventPattern bowing = Lexicon.parse("step+down\t083\tmono\tadvcl=bow advcl/prep:to->target", "f:2");
        assertEquals(1, bowing.conditions().stream().filter(EventPattern.Condition::target).count());
        assertTrue(bowing.conditions().get(2).target());
    }

    @Test
    void the_most_specific_row_wins_and_ties_go_to_the_earlier_row() {
        EventPattern plain = Lexicon.parse("pledge\t030", "f:1");
        EventPattern aid = Lexicon.parse("pledge\t033\t\ttheme=aid|loan", "f:2");
        EventPattern to = Lexicon.parse("pledge\t030\t\tprep:to->target", "f:3");
        assertTrue(aid.specificity() > to.specificity() && to.specificity() > plain.specificity());
        assertEquals("pledge theme=aid|loan 033", aid.describe());
    }

    private static List<Event> code(String tokens, String deps) {
        return code(Lexicon.builtIn(), tokens, deps);
    }

    private static List<Event> code(Lexicon lexicon, String tokens, String deps) {
        HandParse parse = new HandParse(tokens, deps);
        Coder coder = Coder.builder().lexicon(lexicon).parser(() -> parse::parse).classifier(null).build();
        return coder.code(new Article("t", LocalDate.of(2025, 6, 11), null, null, null, parse.text())).events();
    }

    private static String brief(Event e) {
        String s = e.source().code() + " " + e.cameo() + " " + (e.target() == null ? "-" : e.target().code());
        return e.modality() == readout.core.model.Modality.ASSERTED ? s : s + " " + e.modality().json();
    }
}
