"""The Kazakh rulebook: every rule's examples pass, every offence is covered, and ordinary
Kazakh text that only looks risky (hard negatives) gives no medium or high finding."""

from __future__ import annotations

from collections import Counter

import pytest

from app.core.ruletest import describe_failure, run_rule_examples

OFFENCES = ["assembly", "discord", "false_info", "power_seizure", "separatism", "insult_authority", "extremism"]


@pytest.fixture(scope="module")
def kk_rules(bundled_engine):
    return list(bundled_engine.rulebook.books["kk"].rules)


def test_every_kazakh_rule_passes_its_examples(bundled_engine, kk_rules):
    failures = []
    for rule in kk_rules:
        failures += [describe_failure(r) for r in run_rule_examples(bundled_engine, rule) if not r.ok]
    assert not failures, "\n\n".join(failures)


def test_every_offence_has_a_kazakh_rule(kk_rules):
    per = Counter(r.offence for r in kk_rules)
    assert [o for o in OFFENCES if per[o] < 1] == []


def test_every_rule_has_three_firing_and_three_silent_examples(kk_rules):
    thin = [r.id for r in kk_rules if len(r.examples_fire) < 3 or len(r.examples_silent) < 3]
    assert thin == []


def test_every_rule_has_all_three_languages(kk_rules):
    for r in kk_rules:
        for field in ("message", "explanation", "suggestion"):
            for lang in ("ru", "kk", "en"):
                assert r.text(field, lang), (r.id, field, lang)
        assert "деп оқылуы мүмкін" in r.text("message", "kk"), r.id
        assert "заңсыз" not in r.text("message", "kk").lower(), r.id


# Ordinary Kazakh posts that share words with risky ones. None may be rated medium or high.
HARD_NEGATIVES = [
    # concerts, weddings, leisure, meetings
    "Сенбі күні сағат 19:00-де қалалық саябақта концерт болады, бәріңіз келіңіздер!",
    "Ұзату тойымыз сәтті өтті, келген ағайынның бәріне рахмет!",
    "Жексенбі күні саябақта ағаш отырғызамыз! Күрек ала келіңіздер, көшетті әкімдік береді.",
    "Көршілер, жұма күні кешкі 7-де аулада тұрғындар жиналысы болады, келіп ойымызды айтайық.",
    "Бәріміз теледидар алдында жанкүйер болайық, финал бүгін кешке!",
    "Ертең жұмысқа шығамын, демалыс бітті.",
    "Сенбіде тауға барайық, ауа райы жақсы болады.",
    # shops and ads
    "Біздің дүкенде жыл соңы акциясы басталды, барлық ойыншық жартылай бағамен.",
    "Достарыңызға айтыңыздар, жаңа дүкен ашылды, ертең жеңілдік!",
    # weather
    "Ертең Алматыда жаңбыр жауады, қолшатыр ала шығыңыздар.",
    "Бүгін аяз қатты, балаларды жылы киіндіріңіздер.",
    # history lessons, news in the past tense
    "Тарих сабағында 1986 жылғы Желтоқсан оқиғасы туралы айттық.",
    "1916 жылғы көтеріліс туралы жаңа деректі фильм шықты.",
    "Кеше әкімдіктің алдында пикет өтті деп хабарлады журналистер.",
    "Облыстық білім басқармасы жалақы кестесін қайта қарайтынын мәлімдеді.",
    "Министрлік есебінде науқастар саны 12%-ға азайғанын жазды.",
    "Сот ДВК-ны экстремистік ұйым деп таныды деп хабарлады агенттік.",
    # groups mentioned neutrally, opinions, elections
    "Біздің ауылда орыстар, қазақтар және кәрістер тату тұрады.",
    "Президенттің жолдауындағы салық реформасымен келіспеймін.",
    "Келесі сайлауда дауыс беріп, билікті ауыстыруымыз керек.",
    "Әкім жол жөндеу туралы есеп берді, бірақ сметасы түсініксіз.",
    "Ертең алаңға шықпаңдар, полиция көп.",
    # "let's gather in front of …" for birthdays, trips, sport (kk-assembly-lets_gather_front)
    "Сенбіде сағат 17:00-де Айгүлдің үйінің алдына жиналайық, туған күнін тойлаймыз!",
    "Ертең таңғы 8-де мектептің алдына жиналыңдар, экскурсияға автобуспен барамыз.",
    "Жексенбі күні стадионның алдына келіңдер, футбол жарысы болады.",
    "Жалақымыз үшін кәсіподаққа бірігейік, ұжымдық шарт жасаймыз.",
    # "they" without a named group (kk-discord-hostile_them)
    "Көршілер түнде шулайды, олар тек өзін ойлайды, оларды жек көремін.",
    "Пикетке хабарлама жеткілікті ме, әлде келісім керек пе? Бұл сұрақты заңгермен талқыладық.",
    # the event word sits in another sentence than the call (post-level cues)
    "Бүгін Қайрат пен Астананың ойыны! Біздің шабуыл керемет, алаңға шығыңдар жігіттер! ⚽️",
    "Жаңа жылдық акция! Барлық тауарға 30% жеңілдік, тек бүгін. Дүкенге келіңіздер!",
    "Жексенбі күні орталық алаңда Наурыз мерекесі, сағат 12:00-де концерт басталады. Бәріңіз келіңіздер!",
    "Бүгін әкімдікте қабылдау күні, сағат 15-те әкім тұрғындарды қабылдайды. Сұрақтарыңыз болса келіңіздер.",
    "Қыздар, сенбі күні кешке Достық алаңында жаңа жылдық шырша жағылады, бірге барайық!",
    "Сынып кездесуі ертең сағат 19:00-де, Алтын Орда мейрамханасы. Бәрің келіңдер!",
    "Қалалық әкімдік келісім берді: жексенбі күні сағат 11-де арнайы алаңда митинг өтеді. Қатысқысы келгендер келіңіздер.",
    # sourced casualty figures, history, travel, non-group "them"
    "ТЖМ хабарлауынша, кеніштегі апатта 5 адам қаза тапты. Отбасыларына көңіл айтамыз.",
    "1932-1933 жылғы ашаршылықта миллиондаған адам қайтыс болды.",
    "Петропавлдан Ресейге пойызбен бару оңай, билет арзан.",
    "Бұзақылар ауладағы балаларды қорқытады, оларды қуу керек, полиция шақырдық.",
    "Мысықтар балконға кіріп алды, оларды қуу керек.",
    "Әкімнің жол жөндеу уәдесі орындалмады. Бюджеттен 2 млрд бөлінді. Прокуратура тексерсін деп арыз жаздық.",
]

# Risky posts in the ways people write them: pronoun objects, relayed claims, veiled and verbless
# calls, no Kazakh letters. Each must be found as its offence, at least at the given level.
RISKY = [
    ("Қытайлар жерімізді басып алып жатыр, олардың бәрін елден қуу керек!", "discord", "high"),
    ("Орыстар бізді езді, енді олар кетсін, Ресейіне қайтсын!", "discord", "high"),
    ("Келімсектер ауылға толды, бұлар паразит, оларды жек көремін.", "discord", "medium"),
    ("Қазақстан тек қазақтар үшін! Басқа ұлттарға орын жоқ.", "discord", "medium"),
    ("Досымның әйелі медбике, айтуынша бір аптада 15 адам қайтыс болыпты, бірақ теледидарда ешкім айтпайды. Таратыңыздар!",
     "false_info", "high"),
    ("Бір танысым айтты, зауыттан улы газ шығып, 2 адам қайтыс болыпты.", "false_info", "low"),
    ("Ватсапта жазып жатыр: ертеңнен бастап банктер депозиттерді мұздатады екен, тезірек алыңыздар!",
     "false_info", "medium"),
    ("Петропавл — Ресей, бәрібір бәрі қайтады.", "separatism", "high"),
    ("Батыс облыстар асырайды, бізге жеке мемлекет керек, Маңғыстау бөлінсін!", "separatism", "high"),
    ("Халық, бұл режимді ауыстыратын уақыт келді, билікті қолға алайық!", "power_seizure", "medium"),
    ("Барлыгы аланга шыгындар! Ертен сагат 12де.", "assembly", "high"),
    ("Бизге ешким жауап бермейди, ертен бариниз акимдиктин алдына жиналайык", "assembly", "high"),
    ("Барлығымыз алаңға! Бүгін сағат 18-де. Қорықпаңдар!", "assembly", "medium"),
    ("Кім патриот болса, ертең Ақорданың алдына келсін!", "assembly", "medium"),
    ("Ертең сағат 12-де Астана алаңында серуендейміз 😉 кім түсінді, сол түсінді.", "assembly", "high"),
    ("Сенбі күні сағат 11-де облыс әкімдігінің алдына жиналамыз, рұқсат сұрап жатпаймыз.", "assembly", "high"),
    ("ДВК-ның шақыруын көрдіңдер ме? Мен барамын.", "assembly", "medium"),
    ("ДВК-ның тікелей эфирін көріңіздер, бәрін түсіндірді!", "extremism", "medium"),
    ("Әкімдікте отырған бәрі ұры, ұялмайды.", "insult_authority", "medium"),
]
LEVEL = {"none": 0, "low": 1, "medium": 2, "high": 3}


@pytest.mark.parametrize("text,offence,level", RISKY)
def test_risky_phrasing_is_found_at_its_level(bundled_engine, text, offence, level):
    report = bundled_engine.check(text, lang="kk")
    got = max((LEVEL[f.severity] for f in report.findings if f.offence == offence), default=0)
    assert got >= LEVEL[level], (text, [(f.rule, f.text, f.severity) for f in report.findings])


def test_conditional_call_is_one_level_below_the_direct_call(bundled_engine):
    direct = bundled_engine.check("Дүйсенбіде бәріміз шахтаның алдына шығамыз!", lang="kk")
    conditional = bundled_engine.check("Егер жалақыны бермесе, дүйсенбіде бәріміз шахтаның алдына шығамыз!", lang="kk")
    assert LEVEL[direct.risk] - LEVEL[conditional.risk] == 1, (direct.risk, conditional.risk)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_are_not_medium_or_high(bundled_engine, text):
    report = bundled_engine.check(text, lang="kk")
    bad = [(f.rule, f.text, f.severity) for f in report.findings if f.severity in ("medium", "high")]
    assert bad == [], text
