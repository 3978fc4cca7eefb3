"""The words topic discovery reads: words that say nothing of a story's subject, and markers of verbs
and nouns. Data only."""
from __future__ import annotations

# Words that recur in any news story without saying what it is about.
GENERIC_NEWS_WORDS = frozenset("""
said says saying told tells according added asked called reported reports report statement statements
year years month months week weeks today yesterday tomorrow time times monday tuesday wednesday thursday
friday saturday sunday january february march april june july august september october november december
million millions billion billions percent people person thing things number numbers part parts make made
including include includes many much several also would could should will first second third last next
well back still even ever long little great good high large small country countries region regional
world area areas place places state states city cities officials official group groups
policy policies plan plans issue issues challenge challenges effort efforts support step steps way ways
option options opportunity opportunities sector sectors speech standard standards talks meeting
meetings conference statement leader leaders member members case cases point points level levels
term terms view views role roles side sides deal deals move moves change changes matter matters
question questions problem problems result results process need needs interest interests
work working service services system systems program programs programme programmes project projects
development future history power control order rights right law laws public private local national
international move action actions decision decisions news week day days night morning lot lots
tsp tbsp teaspoon teaspoons tablespoon tablespoons
""".split())


# The words before a verb, and before a noun, for telling the two apart without a tagger.
VERB_MARKERS = frozenset("has have had having was were is are be been being will would could should may "
                         "might must can cannot he she they we i who".split())
DETERMINERS = frozenset("the a an this that these those its his her their our my your".split())
NOT_NOUN_ENDINGS = ("ing", "ed", "ly", "al", "ial", "ive", "ous", "ful", "less", "able", "ible")

# For naming a topic: a word used as a noun follows these ("the call", "of tariffs", "3 cups");
# a verb follows those ("to perform", "I feel", "did not stop").
NOUN_CONTEXT = DETERMINERS | frozenset("of in on at by for with about from over against into under between after "
                                       "before during without through among per two three four five six seven "
                                       "eight nine ten".split())
VERB_CONTEXT = VERB_MARKERS | frozenset("to not never also you do does did don't didn't doesn't won't can't "
                                        "i'll we'll you'll they'll".split())
