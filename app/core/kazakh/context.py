"""Light sentence context for the order of a Kazakh word's readings.

The analyser reads one word at a time (and caches it so); a few choices are told only by the next
word, and only by general grammar:

* a converb in -а/-е/-й before an auxiliary verb (бара жатыр, ала келіңдер, бере көрме) is the verb,
  not the homonymous noun (бара, ала), and so is the auxiliary after it (көрме, not 'exhibition');
* a noun + accusative -ты/-ді/-ны right before a verb (кітапты оқыды) is the object, not the listed
  adjective of the same spelling ("having a book"); before a noun (қасиетті кітап) or a copula
  (маңызды болды) the adjective stays first.

``rerank`` only reorders the readings it is given: all of them stay, so rules that match any reading
are unaffected.
"""

from __future__ import annotations

from app.core.model import Reading

VERB_POS = frozenset({"VERB", "AUX"})
# verbs that follow a converb as auxiliaries (aspect, direction, ability, attempt)
CONVERB_AUX = frozenset({"жат", "жүр", "тұр", "отыр", "кел", "кет", "бер", "ал", "көр", "біл", "баста", "түс"})
MIN_SCORE = 0.6  # a converb reading must be a good parse of its own (not a guessed stem: Сәрсенбайға шыққан)
# verbs whose complement is a predicate adjective, not an object (маңызды болды, сәтті саналады)
COPULAR = frozenset({"бол", "е", "сана", "санал", "көрін", "есепте", "есептел", "тап", "таны"})
ACC_ENDINGS = frozenset({"ты", "ті", "ды", "ді", "ны", "ні"})
CONVERB_ENDINGS = ("а", "е", "й")


def rerank(cur: tuple[Reading, ...], nxt: tuple[Reading, ...] | None,
           prev: tuple[Reading, ...] | None = None) -> tuple[Reading, ...]:
    """``cur`` reordered by the readings of the next word ``nxt`` and the previous one ``prev`` (None: no such
    word); ``cur`` itself if unchanged."""
    if len(cur) < 2:
        return cur
    best = cur[0]
    if best.pos in VERB_POS:
        return cur
    if prev and prev[0].pos == "VERB" and prev[0].feat("VerbForm") == "Conv" and prev[0].feat("Aspect") is None:
        # an auxiliary after a converb: бере көрме 'never give', not көрме 'exhibition'
        for i in range(1, len(cur)):
            r = cur[i]
            if r.pos == "VERB" and r.lemma in CONVERB_AUX and r.score >= MIN_SCORE:
                return (r,) + cur[:i] + cur[i + 1:]
    if not nxt:
        return cur
    nb = nxt[0]
    if nb.pos not in VERB_POS:
        return cur
    lemma = best.lemma
    if nb.lemma in CONVERB_AUX:
        for i in range(1, len(cur)):
            r = cur[i]
            if r.pos == "VERB" and r.feat("VerbForm") == "Conv" and r.feat("Aspect") is None \
                    and r.score >= MIN_SCORE:
                return (r,) + cur[:i] + cur[i + 1:]
    if best.pos in ("NOUN", "ADJ") and lemma[-2:] in ACC_ENDINGS and best.feat("Case") in (None, "Nom") \
            and nb.lemma not in COPULAR and nb.feat("Voice") is None:
        stem = lemma[:-2]
        for i in range(1, len(cur)):
            r = cur[i]
            if r.lemma == stem and r.pos in ("NOUN", "PROPN") and r.feat("Case") == "Acc":
                return (r,) + cur[:i] + cur[i + 1:]
    return cur
