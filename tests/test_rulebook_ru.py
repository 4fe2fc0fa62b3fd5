"""The Russian rulebook: every rule's examples pass, every offence is covered, and ordinary
text that only looks risky (hard negatives) gives no medium or high finding."""

from __future__ import annotations

from collections import Counter

import pytest

from app.core.ruletest import describe_failure, run_rule_examples

OFFENCES = ["assembly", "discord", "false_info", "power_seizure", "separatism", "insult_authority", "extremism"]


@pytest.fixture(scope="module")
def ru_rules(bundled_engine):
    return list(bundled_engine.rulebook.books["ru"].rules)


def test_every_russian_rule_passes_its_examples(bundled_engine, ru_rules):
    failures = []
    for rule in ru_rules:
        failures += [describe_failure(r) for r in run_rule_examples(bundled_engine, rule) if not r.ok]
    assert not failures, "\n\n".join(failures)


def test_every_offence_has_at_least_two_russian_rules(ru_rules):
    per = Counter(r.offence for r in ru_rules)
    assert {o: per[o] for o in OFFENCES if per[o] < 2} == {}


def test_every_rule_has_three_firing_and_three_silent_examples(ru_rules):
    thin = [r.id for r in ru_rules if len(r.examples_fire) < 3 or len(r.examples_silent) < 3]
    assert thin == []


def test_every_rule_has_all_three_languages(ru_rules):
    for r in ru_rules:
        for field in ("message", "explanation", "suggestion"):
            for lang in ("ru", "kk", "en"):
                assert r.text(field, lang), (r.id, field, lang)
        msg = r.text("message", "ru").lower()
        assert "может быть прочитан" in msg, r.id
        assert not any(w in msg for w in ("незаконн", "является преступлением", "это преступление")), r.id


# Ordinary posts that share words with risky ones. None may be rated medium or high.
HARD_NEGATIVES = [
    # assembly: work, leisure, authorised events, shops, flats, reporting, law
    "Завтра выхожу на работу после больничного, наконец-то.",
    "Коллеги, в субботу все выходим на субботник, перчатки выдадут.",
    "Приходите на концерт в парке в воскресенье в 18:00, вход свободный!",
    "Митинг ко Дню Победы у монумента согласован с акиматом, начало в 10:00.",
    "Акция в магазине: скидка 30% на всю технику до конца недели!",
    "Площадь квартиры 54 квадрата, третий этаж, рядом школа.",
    "Вчера у акимата прошёл пикет дольщиков, сообщили местные СМИ.",
    "Что будет за репост приглашения на несогласованный митинг? Отвечает адвокат.",
    "Давайте соберёмся в субботу у Алии дома, отметим её день рождения.",
    "Пойдём завтра в кино на вечерний сеанс?",
    "Собрание жильцов дома пройдёт в четверг в 19:00 во дворе.",
    "Не выходите на площадь завтра, там будут ремонтировать плитку.",
    # discord: neutral mentions of groups, self-criticism, history
    "Курды, уйгуры и казахи нашего села вместе готовят наурыз-коже.",
    "В нашем ЖК живут русские, казахи и корейцы, все дружим.",
    "Некоторые чиновники берут взятки, и об этом надо писать с фактами.",
    "Мусульмане и христиане города вместе собрали помощь пострадавшим от паводка.",
    "Пора выгнать тараканов из общежития, напишу коменданту.",
    "На уроке истории говорили о трёх жузах и их роли в Казахском ханстве.",
    # false_info: sourced news, opinions, everyday theft
    "По данным Минздрава, за неделю гриппом заболели 120 человек.",
    "У соседки в автобусе украли кошелёк, будьте внимательны.",
    "Я считаю, что ремонт дороги сделан плохо, и прошу акимат показать смету.",
    "Мне сказала подруга, что в новом кафе вкусные десерты.",
    "Она скрывает от мужа, что купила новое платье.",
    # power_seizure: sport, chess, history, elections
    "Наша команда свергла чемпиона и вышла в финал!",
    "В 1917 году большевики захватили власть в Петрограде, рассказывал учитель.",
    "Смена власти должна происходить только на честных выборах.",
    "Цифровая революция меняет банковскую отрасль Казахстана.",
    "Старый дом на углу снесут весной, жильцам дали квартиры.",
    # separatism: post office, cooking, travel, history
    "Отделение Казпочты на Абая работает до 19:00.",
    "Отделите желтки от белков и взбейте белки с сахаром.",
    "Брат уехал в Россию на заработки, звонит каждую неделю.",
    "В 1991 году Казахстан стал независимым государством.",
    # insult_authority: criticism of decisions, quotes to criticise
    "Аким не выполнил обещание отремонтировать дорогу к школе.",
    "Министр, по-моему, ошибся с тарифами, решение надо пересмотреть.",
    "Депутат сказал в эфире: «народ сам виноват». Считаю это оскорбительным и жду извинений.",
    "Президент подписал закон о защите прав детей.",
    # extremism: news, warnings, ordinary subscriptions
    "Суд признал ДВК экстремистской организацией, сообщает прокуратура.",
    "Не подписывайтесь на сомнительные каналы, репост запрещённых материалов наказуем.",
    "Подписывайтесь на наш канал о рыбалке на Капчагае!",
    "Имам объяснил, что главный джихад — борьба с собственной ленью.",
    # "they" without a named group (ru-discord-hostile_them)
    "Соседи опять шумят до ночи, терпеть их не могу, с ними мира не будет.",
    "Конкуренты ничего своего создать не могут, только копируют наш дизайн.",
    # shapes that the generalised rules must not read as risky
    "АКЦИЯ! До воскресенья скидка 30% на все куртки, приходите в наш магазин на Абая 150.",
    "Тараканы опять у соседей, надо их выгнать, пока не расползлись.",
    "Узбеки привезли дыни, выгнать их с рынка никто не посмеет, лучшие дыни в городе.",
    "Гнать надо из сборной этого тренера, опять 0:3 продули.",
    "Срочно! Мне сказала соседка, что в 5 подъезде прорвало трубу, 20 квартир без воды. Скиньте всем соседям!",
    "Внимание! Пропал мальчик 7 лет, был одет в синюю куртку. Мне сказала соседка, что его видели у парка. Помогите найти, репост!",
    "Фейк! В сети пишут, что 300 человек отравились, а власти скрывают. Минздрав опроверг, не пересылайте.",
    "Встретимся там же, где в прошлый раз, в кофейне на Абая, будем играть в настолки.",
    "Собираемся в субботу в 12 у фонтана — сюрприз на день рождения Айгерим, дресс-код розовый.",
    "Мангистау — красивый регион, пора жить отдельно от суеты и переехать туда на пенсию.",
    "Вступайте в наш чат выпускников, ссылка в лс!",
    "ДВК признано экстремистской организацией. Если вам пишут их вербовщики — пишите мне в лс, подскажу юриста.",
    "Нас просят прийти в суд к 10 как свидетелей.",
    "Эти чиновники — не люди, которые хотят работать, а отписки пишут.",
    # round 2: everyday uses of the new phrasings
    "Дождь кончился, выходим на улицу гулять с собакой.",
    "Весь город выходит на улицы праздновать Новый год.",
    "Давайте соберёмся у миграционки в 9, чтобы вместе подать документы на ВНЖ.",
    "Русские туристы пусть едут в свой отель, там есть бассейн.",
    "Пусть валит снег, зато дети рады.",
    "Этому нападающему не место в сборной, он не забил ни разу.",
    "Казахстанские спортсмены захватили все медали на чемпионате Азии.",
    "Старую привычку можно сменить только силой воли.",
    "Брать справку в акимате теперь можно онлайн.",
    "Банки закроются на праздники 1 и 2 января, снимите наличные заранее.",
    "Нацбанк опроверг слухи о заморозке вкладов: депозиты защищены.",
    "Слышала, что завтра будет дождь, берите зонты.",
    "Хотим провести акцию «Подари книгу» в школьной библиотеке, приносите книги!",
    "Если честно, я устал от этой жары, идём в парк.",
]

# Criticism of officials' secrecy about public spending is protected: no false_info finding at all.
SPENDING_SECRECY = [
    "Власти скрывают, сколько стоил стадион.",
    "Акимат скрывает смету на ремонт дорог, хотя это публичные деньги.",
    "Министерство до сих пор скрывает расходы на саммит. Почему?",
]


@pytest.mark.parametrize("text", SPENDING_SECRECY)
def test_secrecy_about_spending_is_not_false_info(bundled_engine, text):
    report = bundled_engine.check(text, lang="ru")
    assert [f.rule for f in report.findings if f.offence == "false_info"] == []


def test_removing_thieves_from_power_is_not_discord(bundled_engine):
    # "гнать этих воров из власти силой" is about power (CC 179), not a social group (CC 174).
    report = bundled_engine.check("Только революция спасёт страну. Надо брать акиматы и гнать этих воров из власти силой.", lang="ru")
    offences = {f.offence for f in report.findings}
    assert "discord" not in offences
    assert "power_seizure" in offences


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negative_has_no_medium_or_high_finding(bundled_engine, text):
    report = bundled_engine.check(text, lang="ru")
    loud = [(f.rule, f.text, f.severity) for f in report.findings if f.severity in ("medium", "high")]
    assert loud == []


# Whole posts in the phrasing real people use (not copied from any corpus). Each must reach at least
# the given level for the given offence: the known gaps reported on unseen posts.
RISKY_POSTS = [
    ("discord", "high", "Китайцы скупают нашу землю кусок за куском. Гнать их надо отсюда!"),
    ("discord", "high", "эти узбеки все заполонили, выгнать их всех надо обратно"),
    ("discord", "high", "Казахи только и умеют, что воровать. Ничего своего построить не могут."),
    ("false_info", "high", "Знакомая работает в горбольнице: уже 300 случаев холеры, власти скрывают!!! Репост, пока не удалили"),
    ("false_info", "high", "срочно!!! завтра отключат интернет и связь, будет чп, мне брат из кнб сказал. скиньте родным"),
    ("false_info", "high", "Кум из полиции написал: завтра в городе будет теракт, власти знают но молчат. Уезжайте!!!"),
    ("assembly", "high", "Кто не трус — завтра в 12 у акимата. Разрешения никто не давал, так что просто приходим. Репост!"),
    ("assembly", "high", "погуляем в субботу на площади часиков в 11? просто погуляем, ничего такого. кто в теме тот понял"),
    ("assembly", "medium", "Телефоны оставьте дома. Вы знаете, где и когда. Встретимся!"),
    ("assembly", "high", "Смотрите, что пишут: людей просят 1 декабря собраться у акиматов. Я за. Кто ещё?"),
    ("power_seizure", "high", "Пора снести эту власть. Мирно уже не получится, только силой."),
    ("separatism", "high", "ВКО это исторически русская земля, нужен референдум и в Россию."),
    ("separatism", "medium", "Мангистау кормит всю страну, а нам ничего. Пора жить отдельно, своим государством."),
    ("extremism", "high", "Хизб ут-Тахрир правы. Братья, вступайте, ссылка в лс"),
    ("extremism", "high", "Аблязов опять в эфире. Кидайте донаты на карту, реквизиты ниже."),
    # round 2: shapes missed on unseen posts
    ("assembly", "medium", "Если в пятницу опять отключат свет — весь район выходим на улицы. Кто со мной?"),
    ("assembly", "high", "Эти оралманы всё захватили. Давайте в понедельник в 9 соберёмся у миграционки и выскажем им всё!"),
    ("assembly", "low", "Планируем провести пикет против вырубки парка. Если акимат согласует — позовём всех."),
    ("assembly", "low", "Митинг согласован, место — у Ботанического сада. Подходите к одиннадцати."),
    ("assembly", "high", "Суббота, 10:00, у горакимата мирный протест, никаких разрешений не ждём. Распространите!"),
    ("discord", "high", "Русские никогда не выучат язык, пусть валят в свою Россию."),
    ("discord", "medium", "Сектантам здесь не место, хватит их терпеть."),
    ("discord", "low", "Эти оралманы всё захватили."),
    ("power_seizure", "medium", "Эту власть можно сменить только силой, выборы — цирк."),
    ("power_seizure", "high", "Надо брать акиматы и гнать этих воров из власти силой."),
    ("false_info", "high", "Слышала, что банки скоро заморозят все вклады, в Нацбанке уже всё решено. Снимайте деньги, пока не поздно!!"),
    ("false_info", "high", "Колонны техники идут к границе, война началась, власти молчат! Уезжайте, кто может."),
    ("false_info", "medium", "говорят в школах будут принудительно ставить прививки детям, минздрав молчит"),
    ("separatism", "high", "Петропавловск — русский город, и рано или поздно он вернётся в Россию."),
    ("separatism", "medium", "Мангистау кормит всю страну. Может, пора жить отдельно, своим государством?"),
]
LEVEL = {"none": 0, "low": 1, "medium": 2, "high": 3}


@pytest.mark.parametrize("offence,level,text", RISKY_POSTS)
def test_risky_post_reaches_its_level(bundled_engine, offence, level, text):
    report = bundled_engine.check(text, lang="ru")
    got = max((LEVEL[f.severity] for f in report.findings if f.offence == offence), default=0)
    assert got >= LEVEL[level], [(f.rule, f.text, f.severity) for f in report.findings]


def test_refused_permission_is_not_read_as_an_authorised_event(bundled_engine):
    # "согласован" lowers an assembly call; "разрешения никто не давал" must not.
    call = "В субботу в 11:00 все к акимату, приходите! "
    refused = bundled_engine.check(call + "Разрешения никто не давал.", lang="ru")
    granted = bundled_engine.check(call + "Митинг согласован, разрешение получено.", lang="ru")
    assert LEVEL[refused.risk] >= LEVEL["medium"]
    assert LEVEL[granted.risk] < LEVEL[refused.risk]
