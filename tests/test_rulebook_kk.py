"""The Kazakh rulebook: every rule's examples pass, every offence is covered, and ordinary
Kazakh text that only looks risky (hard negatives) gives no medium or high finding."""

from __future__ import annotations

from collections import Counter

import pytest

from app.core.ruletest import describe_failure, run_rule_examples
from tests.conftest import LEVEL, strongest

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
    # going together to a court hearing as witnesses, a hospital visit, a funeral (private_errand)
    "Ертең сағат 10-да сотқа бірге барайық, куәгер ретінде Асқардың жазықсыз екенін айтамыз.",
    "Сот отырысы дүйсенбі күні сағат 9-да, бәріміз барамыз, ағамызды қолдаймыз.",
    "Бүгін кешке ауруханаға барайық, Серіктің көңілін сұраймыз, 3-қабат 12-палата.",
    "Сенбі күні таңғы 8-де мешіттің алдында жиналамыз, марқұмның жаназасына барамыз.",
    # clean-ups and charity drives, errands at an office, trips (civic_campaign, lets_go exceptions)
    "Ертең сағат 10-да алаңда «Таза қала» акциясы, қолғап ала келіңіздер.",
    "Әкімдікке барып анықтама алайық, ертең сағат 9-да ашылады.",
    "Ертең бәріміз бірге тауға шығамыз, ауа райы керемет болады.",
    # past and reported protests, an official warning, the country's own independence
    "Кеше сағат 10-да әкімдіктің алдында пикет өтті.",
    "Сенбі күні сағат 12-де әкімдіктің алдында митинг өтеді деп хабарлады агенттік.",
    "Ресми: ТЖМ хабарлағандай, бүгін түнде 4 балдық жер сілкінісі тіркелді, зардап шеккендер жоқ.",
    "Қазақстан тәуелсіз мемлекет, барлық облыстары біртұтас.",
    "Солтүстік Қазақстан облысында жаңа зауыт ашылды, Ресейге өнім сатады.",
    # a local akim told to go is not the regime; figurative arms, sport, hunting, a weather rumour
    "Министр кетсін, ол міндетін атқара алмады.",
    "Жастар, біліммен қаруланыңдар, болашақ сендердің қолдарыңда!",
    "Аңшылар, қаруланыңдар, ертең аңға шығамыз.",
    "Жігіттер, ертең жарыста қарсыластарды аямаңдар!",
    "Ұлттық ұлан сарбаздары халықпен бірге Наурыз мерекесін тойлады.",
    "Шежіре бойынша біз арғын руынанбыз, атамыз туралы кітап жазылды.",
    "Көршім айтты, ертең жаңбыр жауады екен, шатырларыңызды алыңыздар.",
    "Бүгін кешке бәріміз әжемнің үйіне жиналамыз, туған күні.",
    "Ертең таңертең бәріміз аурухананың алдында кездесейік, анамызды шығарып аламыз.",
    "Сенбі күні сағат 11-де алаңда жастар шеруі өтеді, әкімдіктің ұйымдастыруымен.",
    "Алматы Су хабарлауынша, ертең сағат 10-нан 14-ке дейін су өшіріледі, алдын ала су жинап алыңыздар.",
    "Сенбі күні сағат 12-де Республика алаңында концерт, білетіндер біледі 🎶",
    "2022 жылғы қаңтарда әскерге бұйрықты орындамаңдар деп шақырған блогер ұсталды.",
    "Ескі мешітті жөндеу үшін уақытша жабу керек.",
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
    # round 2: announcements, calls to the army and to arms, clans, regions, rumours
    ("Ертең таңғы 10:00-де әкімдіктің алдында бейбіт пикет. Рұқсат бермеді, бірақ бәрібір шығамыз!", "assembly", "high"),
    ("Бағалар күн сайын өсуде. Бәріміз бірігіп алаңға шығатын уақыт келді.", "assembly", "medium"),
    ("Жарық тағы қымбаттады. Ертең біз де шығамыз ба, әлде тағы шыдаймыз ба, ағайын?", "assembly", "medium"),
    ("Халық, қаруланыңдар! Бұл үкіметті орнынан құлатамыз, басқа жол жоқ", "power_seizure", "high"),
    ("Армия мен полиция халықтың жағына шықсын, билікті халыққа қайтарайық!", "power_seizure", "high"),
    ("Арғындар ғана билікте отыр, басқа рулар ештеңе алмайды.", "discord", "medium"),
    ("Орыстар бәрібір бізді адам деп санамайды, олармен дос болу мүмкін емес", "discord", "medium"),
    ("Қаладағы «мажорлар» бізді адам деп санамайды. Олардың көліктерін көрсеңдер, аямаңдар!", "discord", "high"),
    ("Солтүстік Қазақстан облысы Ресейдің құрамына қайтуы керек.", "separatism", "high"),
    ("Батыс Қазақстан бөлек ел болуы керек, надоело кормить Астану!", "separatism", "high"),
    ("Шұғыл! Алматыда жер сілкінісі болады, бірақ ТЖМ жасырып отыр. Таратыңыздар!!!", "false_info", "high"),
    ("Танысымның айтуынша, зейнетақы қорындағы ақшаның бәрін үкімет жеп қойыпты, ешкім зейнетақы алмайды екен.",
     "false_info", "medium"),
    ("Көше партиясының чатына қосылыңдар, бірге күресеміз.", "extremism", "high"),
    ("Сенбі күні сағат 12-де Республика алаңында шай ішеміз ☕😉 білетіндер біледі.", "assembly", "high"),
    ("Президент жарлыққа қол қойды: ертеңнен бастап шекара жабылады, азық-түлік таусылады! Тезірек дүкенге барыңыздар!",
     "false_info", "medium"),
    ("Акимимиз акмак, ешнарсе билмейди.", "insult_authority", "medium"),
    ("Кытайлар жеримизди басып алды, олардын барин куу керек!", "discord", "high"),
    ("Шіркеулердің бәрін жабу керек, христиандар бұл елде артық.", "discord", "medium"),
    ("Бүгін кешкі 6-да алаңда боламыз, рұқсат алмадық. Кім бізбен?", "assembly", "high"),
]


@pytest.mark.parametrize("text,offence,level", RISKY)
def test_risky_phrasing_is_found_at_its_level(bundled_engine, text, offence, level):
    report = bundled_engine.check(text, lang="kk")
    got = strongest(report, offence)
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


def test_the_bundled_kazakh_rulebook_loads_without_errors(bundled_engine, kk_rules):
    # one bad key in common.yaml once left only half of the rules loaded, silently
    errors = [str(e) for e in bundled_engine.rulebook.errors if "kk" in e.file.replace("\\", "/").split("/")]
    assert errors == []
    assert len(kk_rules) >= 45


# The risk level a user sees: a call with a time and a place or "no permission" is high; a place and a
# grievance without a time stays medium; a lone "X кетсін" about an akim is an insult, not a call to seize power.
LEVELS_EXACT = [
    ("Сенбі күні түскі 12-де Абай ескерткішінің жанында бейбіт митинг. Келісім жоқ, бірақ қорықпаймыз!", "high"),
    ("Қашанғы шыдаймыз? Ауылдастар, әкімдікке барып жауап талап етейік!", "medium"),
    ("Ұстаздар, жалақымыз үшін бірігейік, дүйсенбіде білім басқармасына бәріміз барамыз", "high"),
    ("Бұл оңбаған әкім кетсін!", "medium"),
    ("Бір танысым айтты, зауытта жұмысшыларды қысқартады екен.", "low"),
]


@pytest.mark.parametrize("text,risk", LEVELS_EXACT)
def test_risk_level_is_exactly_right(bundled_engine, text, risk):
    report = bundled_engine.check(text, lang="kk")
    assert report.risk == risk, (text, [(f.rule, f.offence, f.text, f.severity) for f in report.findings])


def test_an_akim_told_to_go_is_not_a_call_to_seize_power(bundled_engine):
    report = bundled_engine.check("Бұл оңбаған әкім кетсін! Ертең сағат 11-де әкімдіктің алдына шығыңдар", lang="kk")
    assert {f.offence for f in report.findings} == {"assembly", "insult_authority"}
