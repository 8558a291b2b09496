"""The terms a reader meets in the brief, the report and the workbench, each defined in a
sentence or two: the report prints them as an appendix, the workbench shows them on hover.

>>> GLOSSARY["reservation"].startswith("What a party gets if there is no deal")
True
>>> sorted(GLOSSARY)[:3]
['adjusted winner', 'agreement space', 'blocked issue']
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["GLOSSARY", "glossary_items"]

GLOSSARY: Mapping[str, str] = {
    "utility": "How good a package is for a party, from 0 (its worst package) to 1 (its "
               "best): the weighted sum of its values of the options, the weights being how "
               "much it cares about each issue.",
    "reservation": "What a party gets if there is no deal (its best alternative, on the same "
                   "0-to-1 scale as utility). A package below a party's reservation is one it "
                   "would rather walk away from. Written as an interval when unsure.",
    "red line": "An outcome a party has said it will never accept, on one issue or on a "
                "combination of issues. A package that crosses a negotiator's red line is "
                "not acceptable, whatever its utility.",
    "agreement space": "The packages acceptable to every negotiator: no red line crossed, "
                       "every reservation reached (also called the zone of possible "
                       "agreement, ZOPA).",
    "blocked issue": "An issue on which the parties' red lines together rule out every "
                     "option: no deal is possible until one of those red lines is dropped.",
    "minimal concession": "A smallest set of red lines whose dropping alone would open an "
                          "agreement space; none of its red lines can be kept.",
    "reservation gap": "How far a party's reservation would have to fall, all red lines "
                       "kept, for an agreement to become possible.",
    "pareto frontier": "The efficient packages: those no other acceptable package improves "
                       "for one party without making another worse off.",
    "nash": "The Nash bargaining solution: the acceptable package that maximises the product "
            "of the parties' gains over their reservations.",
    "kalai-smorodinsky": "The Kalai-Smorodinsky solution: the efficient package where every "
                         "party gets the same share of the most it could hope for in the "
                         "agreement space.",
    "egalitarian": "The egalitarian solution: the acceptable package whose smallest gain over "
                   "a reservation is largest.",
    "utilitarian": "The utilitarian solution: the acceptable package with the largest sum of "
                   "utilities.",
    "adjusted winner": "Brams and Taylor's fair division: each side spreads 100 points over "
                       "the issues; issues go to the side that cares more, then move until "
                       "both sides have the same number of their own points.",
    "single negotiating text": "The mediator's procedure of Camp David (1978): one draft, "
                               "improved round after round by changes no party objects to, "
                               "until no change helps anyone without hurting another.",
    "priority gap": "In a trade, how much more the two sides' priorities differ on the two "
                    "issues exchanged: the larger it is, the more both gain by each getting "
                    "its way on the issue it cares about more.",
    "sensitivity": "The results recomputed on many samples of the numbers the analyst marked "
                   "as uncertain (intervals), to show how often each holds.",
}


def glossary_items(terms: Mapping[str, str] = GLOSSARY) -> list[tuple[str, str]]:
    """The glossary as ``(term, definition)`` pairs, in alphabetical order."""
    return sorted(terms.items())
