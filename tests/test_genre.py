"""Sports reports and reviews (nlp/genre.py): force words there tell a game or a plot, unless the
sentence is anchored in the real world. All texts are written for this test."""

from __future__ import annotations

import pytest

from conflictatlas.nlp import code_article
from conflictatlas.records import Article, content_id

MATCH_REPORT = """Harbour City Storm Back to Beat Millbrook in Cup Semi-Final

Harbour City came from two goals down to beat Millbrook 3-2 in the cup semi-final on Saturday, with striker
Tomas Lund scoring twice in the last ten minutes of the match.

Millbrook had led through a header from defender Owen Pike and a penalty from captain Ray Doyle before
half-time. After the break Harbour City attacked relentlessly down the left, and their winger fired a low
shot past the goalkeeper on the hour. The visitors laid siege to the Millbrook goal and bombarded the
penalty area with crosses.

"We fought for every ball and hit them hard in the second half," the Harbour City coach said. His side
will meet the league champions in the final next month, the club's first since the 2011 season.
"""

RIOT_PARAGRAPH = """
After the final whistle, about 200 Millbrook fans clashed with riot police outside the stadium, throwing
bottles at officers. Police arrested 14 people and two officers were taken to hospital.
"""

FILM_REVIEW = """Review: 'Cold Harvest' is a thriller that never lets go

In the opening scene of director Lena Moritz's new film, a masked gang storms a lonely farmhouse, shoots
the farmer and sets his barn on fire. The plot then follows his daughter, played by newcomer Ada Price,
as she hunts the killers across three states. The actress carries the movie; the villain, a corrupt
sheriff, is less convincing. The soundtrack and the final chapter of the story lift the drama, and critics
at the festival premiere gave the film a standing ovation.
"""

CRIME_STORY = """Teen shot outside recreation center

A 16-year-old boy was shot in the leg outside the Eastside recreation center in Akron on Friday night,
police said. The boy had been playing in a pickup basketball game with friends when a man in a gray car
fired several shots at the group. He was taken to a hospital in stable condition. Police arrested a
19-year-old man on Saturday.
"""


def code(text: str):
    return code_article(Article(id=content_id(text), text=text, source="t.txt", published="2024-05-14"))


def test_a_games_force_words_are_no_events():
    assert [(m.event_type, m.evidence.trigger) for m in code(MATCH_REPORT)] == []


def test_real_violence_in_a_sports_report_is_coded():
    ms = code(MATCH_REPORT + RIOT_PARAGRAPH)
    types = sorted(m.event_type for m in ms)
    assert "ASSAULT" in types and "COERCE" in types, [(m.event_type, m.evidence.trigger) for m in ms]
    assert all("stadium" in m.evidence.sentence or "arrested" in m.evidence.sentence for m in ms)


def test_a_films_plot_is_no_event():
    assert [(m.event_type, m.evidence.trigger) for m in code(FILM_REVIEW)] == []


def test_a_crime_story_that_mentions_a_game_keeps_its_violence():
    types = [m.event_type for m in code(CRIME_STORY)]
    assert "ASSAULT" in types and "COERCE" in types


BREACH = """Retailer takes systems offline after ransomware attack

The clothing retailer Northgate said on Monday that hackers had encrypted servers at its distribution
centres, and that it had taken its network offline to contain the attack. The company said customer
passwords and payment data appeared to be safe, but that online orders would be delayed. A
cybersecurity firm has been hired to investigate the breach and restore the affected systems.
"""

GAME_REVIEW = """Review: 'Iron Crown' rewards patience

The new strategy game from developer Halcyon puts you in charge of a besieged kingdom. Battles take place
on a grid where archers and knights trade blows, and sieges are the highlight: storming a castle wall
while defenders pour oil is tense. The graphics are lovely, the interface is cluttered, and the
multiplayer mode on console is the best way to play. The storyline drags in the final chapter.
"""


def test_a_hack_is_no_attack_on_people():
    assert [(m.event_type, m.evidence.trigger) for m in code(BREACH)] == []


def test_a_games_battles_are_no_events():
    assert [(m.event_type, m.evidence.trigger) for m in code(GAME_REVIEW)] == []


MERGER = """Harbourline and Eastgate agree $12bn bank merger

Harbourline Financial and Eastgate Bancorp have agreed to combine in an all-stock deal valued at $12
billion, the companies said on Monday. Shareholders of Eastgate will receive 0.8 Harbourline shares for
each share they own, a premium of 21 percent on Friday's closing price. Analysts said the merger would
cut costs by $400 million a year, and the board expects the deal to add to earnings within two years.
Eastgate's chief executive accused regulators of slowing the sector's growth; investors welcomed the
deal and the stock rose 6 percent.
"""

STRIKE = """Bus drivers begin 48-hour strike over pay

Bus drivers in Leeds began a 48-hour strike on Monday after rejecting a pay offer, the union said.
Hundreds of drivers picketed the main depot, and the company said the strike would cost it two million
pounds in revenue. Shareholders and analysts expect the firm's quarterly profit to fall.
"""


def test_companies_dealings_are_no_political_events():
    assert [(m.event_type, m.evidence.trigger) for m in code(MERGER)] == []


def test_a_strike_in_business_news_stays_a_protest():
    assert "PROTEST" in [m.event_type for m in code(STRIKE)]


HEALTH_STORY = """How a common virus breaks into the lungs

Scientists at a university laboratory in Leeds have filmed, for the first time, how a flu virus attacks the
cells lining the airways. The team grew human lung tissue in the lab and followed the virus as it invaded the
tissue over two days, while the immune system fought back with antibodies.

The researchers say the study could help doctors choose a treatment earlier. A clinical trial of a new drug
will begin next year with 300 patients, and the vaccine makers involved have funded the research.
"""

CLINIC_ATTACK = """
Two nurses were wounded when gunmen attacked a vaccination clinic in Leeds on Friday, police said.
"""


def test_a_health_story_tells_no_attack_by_a_virus():
    assert code(HEALTH_STORY) == []


def test_an_attack_on_a_clinic_in_a_health_story_is_still_an_event():
    ms = code(HEALTH_STORY + CLINIC_ATTACK)
    assert [m.event_type for m in ms] == ["ASSAULT"]


FLOOD_STORY = """Heavy rain brings down homes in Chennai

Four people died when two houses collapsed after a night of heavy rain in Chennai on Tuesday, and six
others were injured, rescue officials said. The injured were taken to a government hospital. Firefighters
and rescuers searched the rubble for survivors until dawn, and the weather office forecast more rain and
flooding for the coast, where emergency teams began to evacuate low-lying streets.
"""

LOOTING = """
Police arrested three men who were caught looting a collapsed shop, and a gunman shot a rescuer in the leg.
"""


def test_the_dead_and_injured_of_a_disaster_are_no_ones_victims():
    assert code(FLOOD_STORY) == []


def test_force_told_in_a_disaster_story_is_still_an_event():
    types = [m.event_type for m in code(FLOOD_STORY + LOOTING)]
    assert "ASSAULT" in types and "COERCE" in types


PRICE_WAR = """Mobile operators cut data prices as competition heats up

Kenya's mobile data price war escalated on Wednesday after operator Tandaa slashed the price of its most
popular bundle by 40 percent, an aggressive assault on the market share of its larger rival. Analysts said
the company fired the first shot last month when it cut the price of night-time browsing, and investors
expect revenue at both firms to fall this quarter. Shares in the rival company dropped 6 percent.
"""

PRICE_WAR_AND_RAID = """
Separately, armed robbers attacked a Tandaa shop in Kisumu on Tuesday night, shooting a guard, police said.
"""

THRILLER_REVIEW = """Review: 'Low Tide' is a taut, chilly thriller

In the opening scene of director Ana Ruiz's new film, a crooked lawyer is shot dead in a car park by a
hired killer. The plot then follows his secretary, played by Mia Stone, as she pieces together the list
of names the killer carries. The actress is superb; the villain is less convincing, and the soundtrack
lifts the drama. The movie opens in cinemas next month.
"""


def test_an_attack_in_business_news_needs_an_anchor():
    assert [m.event_type for m in code(PRICE_WAR) if m.event_type == "ASSAULT"] == []
    ms = code(PRICE_WAR + PRICE_WAR_AND_RAID)
    assert [m.evidence.trigger for m in ms if m.event_type == "ASSAULT"][:1] == ["attacked"]


def test_a_plot_told_in_the_present_passive_is_no_event():
    assert [(m.event_type, m.evidence.trigger) for m in code(THRILLER_REVIEW)] == []


def test_a_sentence_of_a_game_in_other_news_is_no_event():
    # two nouns of sport in one sentence tell a game, whatever the rest of the article is about
    text = ("The city council approved the new budget on Monday. The Rovers' ace was shelled for six runs in "
            "the third inning against Millbrook on Sunday.")
    assert [m.event_type for m in code(text) if m.event_type == "ASSAULT"] == []


def test_a_fistfight_after_a_game_stays_violence():
    text = "Two teenagers got into a fistfight in the car park after a basketball game in Bozeman on Friday."
    assert "ASSAULT" in [m.event_type for m in code(text)]


def test_a_shooting_on_the_way_to_a_game_stays_violence():
    # the game is where he was going; the act's own parties are no players
    text = "A 16-year-old was shot on Sunday as he headed for the stadium for a game between two rival clubs in Sao Paulo."
    assert "ASSAULT" in [m.event_type for m in code(text)]


BALL_GAME = """Hawks hold on to beat Rivermen 4-3

The Hawks held on to beat the Rivermen 4-3 on Sunday for their fifth straight win of the season.
Hawks catcher Dan Mertz gunned down a runner trying to steal second base in the eighth inning. The
Hawks then killed the Rivermen comeback with two double plays, and closer Joe Vance earned the save.
The coach praised his bullpen after the game. The teams meet again in the league opener next week.
"""


def test_a_games_own_force_word_anchors_nothing():
    # "gunned down", "killed": the act's own word, said of a runner and a comeback
    assert code(BALL_GAME) == []


def test_a_stabbing_at_a_ball_game_is_still_coded():
    text = BALL_GAME + "\nA fan was stabbed in the parking lot after the game.\n"
    assert [m.event_type for m in code(text)] == ["ASSAULT"]


FILM_SIEGE = """Review: 'The Long Winter' holds its nerve

The new film from director Sara Lind follows a platoon cut off in a mountain village through a hard
winter. The soldiers guard the pass, bury their friends at night, and beat back two assaults during the storm.
The actors are convincing, and the score is spare; critics at the premiere praised the final scene.
"""


def test_a_plots_past_looking_verb_joined_to_present_ones_is_the_plot():
    assert code(FILM_SIEGE) == []


MARKETS = ("Shares slide as bond yields jump\n\nNEW YORK (Reuters) - Stocks fell on Wednesday as investors sold "
           "technology shares and Treasury yields climbed, with the Nasdaq index down 2%.\n\nChipmakers led the "
           "decline. \"Equities are under siege from higher rates,\" said a strategist at an investment firm.\n\n"
           "Bulls fought back before the close, but the rally faded as traders sold into it. The dollar rose "
           "against most currencies and oil futures slipped.")
CUP_REPORT = ("Town rally past Athletic to reach cup final\n\nTown stormed back from a goal down to beat Athletic "
              "3-1 on Wednesday and book their place in the League Cup final.\n\nAthletic took the lead through a "
              "header from their captain, but Town laid siege to the visitors' goal after the break and sealed the "
              "win late on.\n\n\"We attacked with courage,\" the Town manager said. \"The players fought for every "
              "ball.\"")


@pytest.mark.parametrize("text", [MARKETS, CUP_REPORT], ids=["markets", "cup report"])
def test_a_genres_own_force_words_are_no_events(text):
    # markets news is business news (a rally with no crowd is the prices'); a short cup report is sport
    assert code(text) == []


def test_a_game_killed_off_anchors_no_violence():
    # "killed the game" is a play: it does not make the sentence's attack real
    late = MATCH_REPORT + ("\nHarbour City's relentless attack finally broke through in the 88th minute, "
                           "when a deflected goal killed the game.\n")
    assert [(m.event_type, m.evidence.trigger) for m in code(late)] == []


WILDFIRE_STORY = """Wildfire forces evacuations in the hills above Ventura

A fast-moving bushfire attacked farms on the edge of Ventura on Monday, destroying nine houses as
firefighters battled the blaze through the night, fire officials said. Emergency crews began to
evacuate two neighbourhoods, and the weather service warned of more heat. The bushfire season has come
early after a long drought, and a heatwave is forecast for the weekend. Police arrested a man on suspicion
of starting a separate grass fire near the highway.
"""


def test_a_wildfire_attacking_homes_is_no_attack_and_an_arrest_stays():
    # a disaster story: an attack's own verb anchors nothing; an arrest is force itself
    assert [m.event_type for m in code(WILDFIRE_STORY)] == ["COERCE"]


DOCTORS_STRIKE = """
Resident doctors walked off the job at federal hospitals in Abuja on Monday to demand four months of unpaid
salaries, their association said.
"""

RELIEF_BLOCKADE = """
On Tuesday about 300 residents of coastal villages blocked the main highway south of Chennai with tree trunks
for five hours, demanding food and drinking water. Police cleared the road in the afternoon and detained
four men who refused to leave.
"""


def test_a_strike_in_a_health_story_is_an_event():
    # a health story's virus "attacks" no one, but its doctors' strike is a protest
    assert [m.event_type for m in code(HEALTH_STORY + DOCTORS_STRIKE)] == ["PROTEST"]


def test_a_blockade_and_a_detention_in_a_disaster_story_are_events():
    # the storm's dead are no one's victims; a crowd blocking a road and officers detaining men are acts
    types = sorted(m.event_type for m in code(FLOOD_STORY + RELIEF_BLOCKADE))
    assert types == ["COERCE", "PROTEST"]


BOUT_REPORT = """Okafor stops Brennan in the seventh to keep his belt

Middleweight champion Daniel Okafor stopped Liam Brennan in the seventh round in Belfast on Saturday night.
Brennan, the heavier man, bullied his opponent early and fired a vicious uppercut in the second. His
trainer slapped him on the cheek between rounds. Okafor then punished the body, and a left hook on the way
back up ended the bout. The promoter said a rematch was unlikely; the undercard drew a full house.
"""

FLOODED_SERVICE = """Gamers locked out as hackers flood online network with junk traffic

Thousands of players could not log in to the Skyforge online network over the weekend after hackers
bombarded its servers with junk traffic, the company said. The assault peaked on Sunday at 200 gigabits
a second and left the website and the internet forums offline. "We were under siege for two days," an
engineer said. Users posted screenshots of error messages, and the firm said no password had been taken.
"""

MONSOON_STORY = """Monsoon rain swamps Kolkata for a third day

Torrential monsoon rain left large parts of Kolkata waterlogged on Wednesday. A woman was killed when a
wall fell on her house, two men were electrocuted in a waterlogged lane, and a boy was swept into an open
drain. Suburban train services were suspended for six hours. Rescue teams pulled stranded commuters out of
flooded underpasses, and the weather office forecast more heavy rain.
"""

MONSOON_DEMAND = """
Angry residents blocked a main road in the afternoon and demanded that the municipal corporation clean the
choked drains.
"""

METEOR_STORY = """Meteor that exploded over Manitoba may have left fragments, researchers say

A fireball exploded over southern Manitoba on Thursday night, and researchers said fragments of the
meteor may lie in farmland near the border. An astronomer at the university said the object entered the
atmosphere at 20 kilometres a second before it blew apart. The observatory's cameras caught the flash,
and scientists asked farmers to report any dark rocks they find.
"""


@pytest.mark.parametrize("text", [BOUT_REPORT, FLOODED_SERVICE, MONSOON_STORY, METEOR_STORY],
                         ids=["boxing", "denial-of-service", "monsoon", "meteor"])
def test_the_ring_a_flooded_network_the_monsoon_and_the_sky_tell_no_events(text):
    # a bout's punches, junk traffic's "assault", a monsoon's dead, a meteor that "exploded"
    assert [(m.event_type, m.evidence.trigger) for m in code(text)] == []


def test_a_demand_in_a_disaster_story_is_still_an_event():
    # the storm's dead are no one's victims; residents blocking a road and demanding are acts
    types = sorted(m.event_type for m in code(MONSOON_STORY + MONSOON_DEMAND))
    assert "PROTEST" in types and "ASSAULT" not in types


COUNCIL_STORY = """Council votes to close Riverside pool despite petition

Millford town council voted 7-2 on Tuesday night to close the Riverside swimming pool, ending a campaign
by residents who had fought the plan since the budget was set in March. Councillor Jean Abbott said the
vote killed a service that generations of pupils had learned to swim in. Parents attacked the proposal at a
packed meeting, and the mayor came under fire from trustees of the school board. The council said the
levy would be cut by 2 percent, and a petition signed by 3,000 voters would go to the planning committee.
Mayor Tom Reyes said the pool's repair budget was beyond what taxpayers could bear.
"""

COUNCIL_SCUFFLE = """
After the vote, police arrested a man who punched a councillor outside the council chamber.
"""


def test_a_councils_battles_are_no_events():
    # local civic news: a campaign "fought" a plan, a vote "killed" a service, parents "attacked" a proposal
    assert [(m.event_type, m.evidence.trigger) for m in code(COUNCIL_STORY)
            if m.event_type in ("ASSAULT", "COERCE", "MOBILIZE")] == []


def test_force_at_a_council_meeting_is_still_an_event():
    types = sorted(m.event_type for m in code(COUNCIL_STORY + COUNCIL_SCUFFLE))
    assert "COERCE" in types or "ASSAULT" in types, types


RACE_REPORT = """Marquez takes pole and wins in Montreal as students march

Rafael Marquez took the pole and won the Canadian Grand Prix on Sunday, holding off his teammate through
the hairpin and the final chicane over the last ten laps. His tyre strategy and one pit stop were decisive,
and the championship leader finished third on the podium after a slow stint on hard tyres.

On Saturday night hundreds of students marched toward the race's opening party downtown to protest a rise
in university fees. The team's constructor said the weekend's qualifying and the race went ahead as planned.
"""


def test_a_march_a_race_report_tells_is_a_protest():
    # the race is sport; students marching are no play of it
    ms = code(RACE_REPORT)
    assert [m.event_type for m in ms] == ["PROTEST"], [(m.event_type, m.evidence.trigger) for m in ms]


FACTORY_FIRE = """Relatives block highway after factory fire

Hundreds of relatives blocked a highway outside the garment factory where a fire killed 18 workers last
week, and police fired tear gas and rubber bullets to clear them. Firefighters battled the blaze for six
hours, and rescue workers recovered bodies from the rubble after the collapse of the fourth floor. The
fire broke out on the ground floor, and survivors said the emergency exits were locked.
"""


def test_tear_gas_fired_in_a_disaster_story_is_force():
    # the fire's dead are no one's victims; the police's tear gas and rubber bullets are force
    acts = [(m.event_type, m.evidence.trigger) for m in code(FACTORY_FIRE)]
    assert ("COERCE", "fired") in acts and not any(t == "ASSAULT" for t, _ in acts), acts


SCHOOL_BOARD = """Parents pack board meeting over plan to close Hillcrest school

More than 200 parents packed the Lakeview school board meeting on Tuesday night and attacked the plan to
close Hillcrest Elementary at the end of the year. Trustees said the budget left them no choice. "You
ambushed us with this," one mother told the board, and several parents said they would fight the closure
all the way. The board will vote on the plan at its next meeting in March, and a petition has been sent
to the district's planning office. The school has 180 pupils and 14 teachers.
"""


def test_a_school_boards_battles_are_no_events():
    # (a guard of the genre: its parents "attacked" a plan and were "ambushed")
    assert [(m.event_type, m.evidence.trigger) for m in code(SCHOOL_BOARD)
            if m.event_type in ("ASSAULT", "COERCE", "MOBILIZE")] == []
