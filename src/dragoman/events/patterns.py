"""Event patterns, compiled from the registry's YAML into trigger lookups."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.registry import Registry


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern (see data/patterns/events.yaml for the field meanings)."""

    id: str
    file: str
    type: str
    mode: str | None
    cameo: str | None
    verbs: frozenset[str]
    nouns: frozenset[str]
    particles: frozenset[str]
    objects: frozenset[str]
    target: tuple[str, ...]
    place_target: bool
    when_negated: str | None
    needs_target: bool
    needs_object: bool  # with needs_target: an object that names no actor is enough ("killed 23 people")
    stated_target: bool  # with needs_target: "stated", a target the sentence names, never one inferred
    foreign_only: bool
    target_kinds: frozenset[str]
    actor_object: bool
    stance: str | None  # cooperative | hostile: a stated intent becomes AGREE / THREATEN
    unless_xcomp: frozenset[str]
    reverse: bool  # the slot names the source and the subject the target ("received jets from")
    active_only: bool = False  # no event from the passive voice ("rebels wanted at home on charges")
    self_complement: bool = False  # with no target, only "X warned (that) X would ..." is an event
    mutual: bool = False  # coordinated subjects act towards each other ("China and Brazil signed agreements")
    governs: bool = False  # codes its complement itself ("agreed to withdraw", "will not allow Iran to obtain")
    not_subjects: frozenset[str] = frozenset()  # no fit with these subjects (crowds "protest" in the street)
    subjects: frozenset[str] = frozenset()  # only with these subjects ("the last Soviet troops left Afghanistan")
    place_state: bool = False  # with no actor target, the state where the act is done ("inspect sites in Iran")
    hostile_complement: bool = False  # only with a hostile act as complement ("claimed that ISIL had attacked")
    strict_objects: bool = False  # objects name the object's head only, not its modifiers ("government building")
    consequence_complement: bool = False  # only with "X would pay a price / face consequences" as complement
    needs_source: bool = False  # no event unless the text names who acts
    not_objects: frozenset[str] = frozenset()  # no fit with these objects ("struck a chord", "pulled money out")
    mass_object: bool = False  # the object is counted in thousands ("expelled thousands of villagers")
    object_heads: frozenset[str] = frozenset()  # the object's own noun must be one of these ("a general strike")
    needs_complement: bool = False  # an object or a complement clause is needed ("declined to attend", not "exports declined")
    needs_xcomp: bool = False  # ... and "xcomp": a "to" clause ("ordered Menem to appear", not "ordered an inquiry")
    unless_content: bool = False  # no fit when the object carries its content ("denied reports that X had agreed")
    demanded_complement: bool = False  # a "that" clause must say what should be done, not what will be ("insisted it would")
    cargo: frozenset[str] = frozenset()  # what the arriving subject must carry ("planes landed with 34 tons of food")
    toward: frozenset[str] = frozenset()  # where the act must be aimed ("sent troops to its border": a border)
    future_only: bool = False  # only as an act to come ("would respond to any provocation"; "responded to questions" no)
    unless_preps: frozenset[str] = frozenset()  # no fit with these prepositions ("called on Putin for restraint")
    only_negated: bool = False  # an event only when negated ("will not go unanswered"; "went unanswered" is none)
    not_subordinates: bool = False  # no event aimed at the source's own bodies ("ordered officials to...")
    not_media_targets: bool = False  # no event aimed at a news outlet ("denied a Reuters report")
    apart: bool = False  # coordinated subjects act side by side, not with each other ("X and Y attended the funeral")
    object_clause: frozenset[str] = frozenset()  # the object's clause must have one of these verbs ("the right to respond")
    act_subject: bool = False  # the subject names the act answered, the speaker acts ("it will not go unanswered")
    breach_complement: bool = False  # the "that" clause says someone broke a rule ("ruled that Hungary had failed to")
    conditional: bool = False  # only with a modal and an if/unless clause of its own ("would take X to court if...")

    @property
    def rule(self) -> str:
        return f"{self.file}#{self.id}"


@dataclass
class PatternSet:
    by_verb: dict[str, list[Pattern]]
    by_noun: dict[str, list[Pattern]]
    act_subject_rules: frozenset[str] = frozenset()  # rules whose subject is the act answered (built once)


def _fs(d: dict, key: str, reg: Registry | None = None) -> frozenset[str]:
    """A word list of a pattern; "@name" stands for the lexicon list of that name, so one list of
    crowd nouns serves every pattern that needs it."""
    out: set[str] = set()
    for x in d.get(key) or []:
        word = str(x).lower()
        if word.startswith("@") and reg is not None:
            out |= reg.wordset(word[1:])
        else:
            out.add(word)
    return frozenset(out)


def compile_patterns(reg: Registry) -> PatternSet:
    """Index patterns by trigger lemma; order in the file is priority order."""
    from dragoman.cameo import plover_to_cameo

    ps = PatternSet(by_verb={}, by_noun={})
    for d in reg.patterns:
        cameo = str(d["cameo"]) if d.get("cameo") else None
        if cameo is None:
            try:
                cameo = plover_to_cameo(d["type"], d.get("mode"))
            except (KeyError, ValueError):
                cameo = None
        p = Pattern(id=d["id"], file=d.get("file", "?"), type=d["type"], mode=d.get("mode"), cameo=cameo,
                    verbs=_fs(d, "verbs"), nouns=_fs(d, "nouns"), particles=_fs(d, "particles"),
                    objects=_fs(d, "objects", reg), target=tuple(d.get("target") or ("dobj",)),
                    place_target=bool(d.get("place_target")), when_negated=d.get("when_negated"),
                    needs_target=bool(d.get("needs_target")),
                    needs_object=d.get("needs_target") == "object", stated_target=d.get("needs_target") == "stated",
                    foreign_only=bool(d.get("foreign_only")),
                    target_kinds=_fs(d, "target_kinds"), actor_object=bool(d.get("actor_object")),
                    stance=d.get("stance"), unless_xcomp=_fs(d, "unless_xcomp"),
                    reverse=bool(d.get("reverse")), active_only=bool(d.get("active_only")),
                    self_complement=bool(d.get("self_complement")), mutual=bool(d.get("mutual")),
                    not_subjects=_fs(d, "not_subjects", reg), subjects=_fs(d, "subjects", reg), governs=bool(d.get("governs")),
                    place_state=bool(d.get("place_state")),
                    hostile_complement=bool(d.get("hostile_complement")),
                    strict_objects=bool(d.get("strict_objects")),
                    consequence_complement=bool(d.get("consequence_complement")),
                    needs_source=bool(d.get("needs_source")), not_objects=_fs(d, "not_objects", reg),
                    mass_object=bool(d.get("mass_object")), object_heads=_fs(d, "object_heads"),
                    needs_complement=bool(d.get("needs_complement")), needs_xcomp=d.get("needs_complement") == "xcomp",
                    demanded_complement=bool(d.get("demanded_complement")),
                    unless_content=bool(d.get("unless_content")), cargo=_fs(d, "cargo", reg),
                    toward=_fs(d, "toward", reg), unless_preps=_fs(d, "unless_preps"), future_only=bool(d.get("future_only")),
                    only_negated=bool(d.get("only_negated")), not_subordinates=bool(d.get("not_subordinates")),
                    not_media_targets=bool(d.get("not_media_targets")), apart=bool(d.get("apart")),
                    object_clause=_fs(d, "object_clause"), act_subject=bool(d.get("act_subject")),
                    breach_complement=bool(d.get("breach_complement")), conditional=bool(d.get("conditional")))
        for v in p.verbs:
            ps.by_verb.setdefault(v, []).append(p)
        for n in p.nouns:
            ps.by_noun.setdefault(n, []).append(p)
    ps.act_subject_rules = frozenset(p.rule for group in ps.by_verb.values() for p in group if p.act_subject)
    return ps


_CACHE: dict[int, PatternSet] = {}


def patterns_for(reg: Registry) -> PatternSet:
    """Compiled patterns of a registry, built once per registry."""
    if id(reg) not in _CACHE:
        _CACHE[id(reg)] = compile_patterns(reg)
    return _CACHE[id(reg)]
