"""Context questionnaire: the Rabat factors that the wording of a post cannot show.

The Rabat Plan of Action (A/HRC/22/17/Add.4, appendix, para 29) weighs six things before speech is treated
as incitement: context, speaker, intent, content and form, extent of the speech act, and likelihood
including imminence. Oylan's engine sees only the words ("content and form"). This module asks short
multiple-choice questions about the rest and moves the *displayed* assessment up or down, with one sentence
per answer saying why. It never says that a post is or is not a crime.

Pure Python, no Qt: the workshop dialog, the handout and the tests all use :func:`assess`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

LEVELS = ("none", "low", "medium", "high")


@dataclass(frozen=True, slots=True)
class T:
    en: str
    ru: str
    kk: str

    def __call__(self, lang: str = "en") -> str:
        return getattr(self, lang if lang in ("en", "ru", "kk") else "en")


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: T
    weight: int  # negative lowers the displayed assessment, positive raises it
    why: T


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    factor: T  # the Rabat factor's name
    text: T
    options: tuple[Option, ...]

    def option(self, oid: str) -> Option:
        for o in self.options:
            if o.id == oid:
                return o
        raise ValueError(f"question {self.id!r} has no answer {oid!r} (choose from {[o.id for o in self.options]})")


QUESTIONS: tuple[Question, ...] = (
    Question(
        "context",
        T("Context", "Контекст", "Мәнмәтін"),
        T("What is going on around the post?", "Что происходит вокруг поста?", "Жазбаның айналасында не болып жатыр?"),
        (
            Option("calm", T("Nothing unusual", "Ничего особенного", "Ерекше ештеңе жоқ"), -1,
                   T("With no tension or planned event around it, the words are less likely to be read as a call to act.",
                     "Без напряжённости и намеченных событий слова реже читают как призыв к действию.",
                     "Шиеленіс пен жоспарланған оқиға болмаса, сөзді әрекетке шақыру деп сирек оқиды.")),
            Option("dispute", T("A local dispute or campaign", "Местный спор или кампания", "Жергілікті дау немесе науқан"), 0,
                   T("An ongoing dispute makes officials read posts more closely, but on its own changes little.",
                     "Идущий спор заставляет власти внимательнее читать посты, но сам по себе мало что меняет.",
                     "Жүріп жатқан дау билікті жазбаларды мұқият оқуға итермелейді, бірақ өзі көп нәрсені өзгертпейді.")),
            Option("unrest", T("Protests, unrest or a state of emergency", "Протесты, беспорядки или режим ЧП",
                               "Наразылық, тәртіпсіздік немесе төтенше жағдай"), 2,
                   T("During unrest or an emergency the same words are read as more dangerous; CC Art. 274(4) is harsher during an emergency or public events.",
                     "Во время беспорядков или ЧП те же слова читают как более опасные; ч. 4 ст. 274 УК строже в условиях ЧП и публичных мероприятий.",
                     "Тәртіпсіздік не төтенше жағдай кезінде сол сөздер қауіптірек саналады; ҚК 274-бабының 4-бөлігі ТЖ мен жария іс-шаралар кезінде қатаңырақ.")),
        ),
    ),
    Question(
        "speaker",
        T("Speaker", "Говорящий", "Сөйлеуші"),
        T("Who is posting?", "Кто пишет пост?", "Жазбаны кім жазады?"),
        (
            Option("private", T("A private person with no public role", "Частное лицо без публичной роли", "Қоғамдық рөлі жоқ жеке адам"), -1,
                   T("A private person has less influence over others, which the Rabat test counts in their favour.",
                     "У частного лица меньше влияния на других — Рабатский тест учитывает это в его пользу.",
                     "Жеке адамның басқаларға ықпалы аз — Рабат тесті мұны оның пайдасына есептейді.")),
            Option("known", T("A known activist, journalist or blogger", "Известный активист, журналист или блогер",
                              "Белгілі белсенді, журналист немесе блогер"), 1,
                   T("Known critics are watched more closely: in the 2016 land protests people were detained for posts that contained no call at all.",
                     "За известными критиками следят внимательнее: в 2016 году задерживали за посты, где не было никакого призыва.",
                     "Белгілі сыншыларды мұқият бақылайды: 2016 жылы ешқандай шақыруы жоқ жазбалар үшін де ұстады.")),
            Option("leader", T("A leader of an organisation or an official", "Руководитель организации или должностное лицо",
                               "Ұйым басшысы немесе лауазымды адам"), 2,
                   T("Being a leader of a public association or an official is an aggravating factor in CC Arts. 174, 179 and 180.",
                     "Статус руководителя общественного объединения или должностного лица — отягчающее обстоятельство по ст. 174, 179 и 180 УК.",
                     "Қоғамдық бірлестік басшысы не лауазымды адам болу ҚК-нің 174, 179 және 180-баптарында ауырлататын мән-жай.")),
        ),
    ),
    Question(
        "intent",
        T("Intent", "Намерение", "Ниет"),
        T("What does the author want the post to do?", "Чего автор хочет добиться постом?", "Автор жазба арқылы неге қол жеткізгісі келеді?"),
        (
            Option("satire", T("Joke, satire, art, or quoting/reporting", "Шутка, сатира, искусство, цитата или репортаж",
                               "Әзіл, сатира, өнер, дәйексөз немесе репортаж"), -2,
                   T("Clearly satirical or reporting intent weighs strongly against incitement; a satire case under CC 274 was dropped in 2021.",
                     "Явно сатирическое или информационное намерение сильно говорит против подстрекательства; дело о сатире по ст. 274 прекратили в 2021 г.",
                     "Анық сатиралық не ақпараттық ниет арандатуға қарсы күшті дәлел; 274-бап бойынша сатира туралы іс 2021 жылы тоқтатылды.")),
            Option("opinion", T("To share an opinion or criticism", "Высказать мнение или критику", "Пікір не сын айту"), -1,
                   T("Opinion and criticism of officials' work are protected; the notes to CC Arts. 375 and 378 exclude criticism.",
                     "Мнение и критика работы власти защищены; примечания к ст. 375 и 378 УК исключают критику.",
                     "Пікір мен билік жұмысын сынау қорғалған; ҚК-нің 375 және 378-баптарының ескертпелері сынды шығарып тастайды.")),
            Option("unsure", T("Not sure", "Не уверен(а)", "Сенімді емеспін"), 0,
                   T("Intent is unclear, so it neither raises nor lowers the assessment.",
                     "Намерение неясно, поэтому оценка не меняется.",
                     "Ниет түсініксіз, сондықтан баға өзгермейді.")),
            Option("mobilise", T("To get people to do something", "Побудить людей к действию", "Адамдарды әрекетке итермелеу"), 1,
                   T("A wish to mobilise people is what prosecutors look for in calls to rallies and in 'propaganda' charges.",
                     "Именно желание побудить людей к действию ищут прокуроры в делах о призывах к акциям и «пропаганде».",
                     "Прокурорлар акцияға шақыру және «насихат» істерінде дәл адамдарды әрекетке итермелеу ниетін іздейді.")),
        ),
    ),
    Question(
        "form",
        T("Content and form", "Содержание и форма", "Мазмұны мен түрі"),
        T("How is it written?", "Как это написано?", "Қалай жазылған?"),
        (
            Option("question", T("A question, or news with a named source", "Вопрос или новость со ссылкой на источник",
                                 "Сұрақ немесе дереккөзі көрсетілген жаңалық"), -1,
                   T("A question or a sourced report is hard to read as a false claim or a call.",
                     "Вопрос или сообщение со ссылкой на источник трудно прочитать как ложное утверждение или призыв.",
                     "Сұрақты не дереккөзі бар хабарды жалған мәлімдеме не шақыру деп оқу қиын.")),
            Option("opinion", T("A personal opinion, calm tone", "Личное мнение, спокойный тон", "Жеке пікір, сабырлы үн"), 0,
                   T("A calm personal opinion adds nothing beyond what the wording already shows.",
                     "Спокойное личное мнение ничего не добавляет к тому, что видно по тексту.",
                     "Сабырлы жеке пікір мәтінде көрінгеннен артық ештеңе қоспайды.")),
            Option("harsh", T("Slogans, insults, capital letters, a direct call", "Лозунги, оскорбления, капслок, прямой призыв",
                              "Ұран, балағат, бас әріптер, тікелей шақыру"), 1,
                   T("Slogans, insults and direct calls make a harsher reading more likely.",
                     "Лозунги, оскорбления и прямые призывы делают жёсткое прочтение вероятнее.",
                     "Ұран, балағат пен тікелей шақыру қатаң түсіндіру ықтималдығын арттырады.")),
        ),
    ),
    Question(
        "extent",
        T("Extent (reach)", "Охват", "Таралу ауқымы"),
        T("How many people will see it?", "Сколько людей это увидят?", "Мұны қанша адам көреді?"),
        (
            Option("private", T("A small private chat or friends only", "Небольшой закрытый чат или только друзья",
                                "Шағын жабық чат немесе тек достар"), -2,
                   T("A small private audience lowers the reach the Rabat test asks about — though chats have been used as evidence before.",
                     "Маленькая закрытая аудитория снижает охват, о котором спрашивает Рабатский тест, — хотя переписку уже использовали как доказательство.",
                     "Шағын жабық аудитория Рабат тесті сұрайтын таралуды азайтады — дегенмен чаттар бұрын дәлел ретінде пайдаланылған.")),
            Option("public_small", T("A public profile with a modest audience", "Открытый профиль, небольшая аудитория",
                                     "Ашық профиль, шағын аудитория"), 0,
                   T("Anything public counts as 'public' or 'via telecommunications networks' in the codes, whatever the audience size.",
                     "Всё открытое кодексы считают «публичным» или «через сети телекоммуникаций», независимо от размера аудитории.",
                     "Ашық нәрсенің бәрін кодекстер аудитория көлеміне қарамастан «жария» не «телекоммуникация желілері арқылы» деп санайды.")),
            Option("large", T("A large audience, a media outlet, or likely to go viral", "Большая аудитория, СМИ или вероятный вирусный охват",
                              "Үлкен аудитория, БАҚ немесе кең таралуы ықтимал"), 2,
                   T("Wide reach raises the assessment: mass media and telecom networks are an aggravating factor in several articles.",
                     "Широкий охват повышает оценку: СМИ и сети телекоммуникаций — отягчающее обстоятельство по ряду статей.",
                     "Кең таралу бағаны көтереді: БАҚ пен телекоммуникация желілері бірнеше бапта ауырлататын мән-жай.")),
        ),
    ),
    Question(
        "likelihood",
        T("Likelihood and imminence", "Вероятность и неизбежность", "Ықтималдық және жақындық"),
        T("Could the post lead to something happening soon?", "Может ли пост скоро к чему-то привести?",
          "Жазба жақын арада бір нәрсеге әкелуі мүмкін бе?"),
        (
            Option("unlikely", T("No, nothing is planned", "Нет, ничего не намечено", "Жоқ, ештеңе жоспарланбаған"), -1,
                   T("With nothing planned, harm is neither likely nor imminent — a key Rabat threshold.",
                     "Если ничего не намечено, вред не вероятен и не близок — это ключевой порог Рабатского плана.",
                     "Ештеңе жоспарланбаса, зиян ықтимал да, жақын да емес — бұл Рабат жоспарының негізгі шегі.")),
            Option("possible", T("An event or action is being discussed", "Обсуждается какое-то событие или действие",
                                 "Бір оқиға не әрекет талқыланып жатыр"), 1,
                   T("A planned event makes officials more likely to treat the post as part of organising it.",
                     "Намеченное событие повышает вероятность, что пост сочтут частью его организации.",
                     "Жоспарланған оқиға жазбаны оны ұйымдастырудың бөлігі деп тану ықтималдығын арттырады.")),
            Option("imminent", T("Yes, within days (a date is set)", "Да, в ближайшие дни (дата назначена)",
                                 "Иә, жақын күндері (күні белгіленген)"), 2,
                   T("A set date makes the harm look imminent; in 2016 people were detained days before the planned rallies.",
                     "Назначенная дата делает вред «неизбежным»; в 2016 году людей задерживали за несколько дней до акций.",
                     "Белгіленген күн зиянды «жақын» етіп көрсетеді; 2016 жылы адамдарды акцияға бірнеше күн қалғанда ұстады.")),
        ),
    ),
)

QUESTION_IDS = tuple(q.id for q in QUESTIONS)

CAVEAT = T(
    "This adjusts Oylan's awareness estimate only. It does not say whether a post is or is not an offence — "
    "courts decide that, and in Kazakhstan they have punished posts that international standards protect.",
    "Это меняет только ориентировочную оценку Oylan. Она не говорит, является ли пост правонарушением или нет — "
    "это решает суд, а в Казахстане наказывали и за посты, которые защищают международные стандарты.",
    "Бұл тек Oylan-ның бағдарлық бағасын өзгертеді. Ол жазбаның құқық бұзушылық екенін не емесін айтпайды — "
    "мұны сот шешеді, ал Қазақстанда халықаралық стандарттар қорғайтын жазбалар үшін де жазалаған.",
)
NO_SIGNALS = T(
    "The wording showed no signals, so context answers do not raise the estimate on their own.",
    "В тексте не найдено сигналов, поэтому ответы о контексте сами по себе оценку не повышают.",
    "Мәтінде белгі табылмады, сондықтан мәнмәтін туралы жауаптар бағаны өздігінен көтермейді.",
)
FLOOR = T(
    "Context can lower the estimate but not erase what the wording shows, so it stays at least low.",
    "Контекст может снизить оценку, но не стирает найденное в тексте, поэтому она не ниже «низкой».",
    "Мәнмәтін бағаны төмендете алады, бірақ мәтінде табылғанды өшірмейді, сондықтан ол «төменнен» кем емес.",
)


@dataclass(frozen=True, slots=True)
class AnswerLine:
    question: Question
    option: Option

    def why(self, lang: str = "en") -> str:
        return self.option.why(lang)


@dataclass(frozen=True, slots=True)
class Assessment:
    base: str
    adjusted: str
    total: int
    shift: int
    lines: tuple[AnswerLine, ...] = ()
    notes: tuple[T, ...] = field(default=())

    @property
    def direction(self) -> str:
        a, b = LEVELS.index(self.adjusted), LEVELS.index(self.base)
        return "up" if a > b else "down" if a < b else "same"

    def caveat(self, lang: str = "en") -> str:
        return CAVEAT(lang)


def shift_for(total: int) -> int:
    """Sum of answer weights → how many levels the estimate moves (−2…+2)."""
    if total >= 6:
        return 2
    if total >= 3:
        return 1
    if total <= -5:
        return -2
    if total <= -2:
        return -1
    return 0


def question(qid: str) -> Question:
    for q in QUESTIONS:
        if q.id == qid:
            return q
    raise ValueError(f"no question {qid!r} (choose from {list(QUESTION_IDS)})")


def assess(base_risk: str, answers: Mapping[str, str]) -> Assessment:
    """Adjust ``base_risk`` (the engine's none|low|medium|high) by the questionnaire ``answers``.

    Unanswered questions count as zero. With no signals in the wording (``none``) the estimate is never
    raised by context alone; with signals it is never lowered below ``low``.
    """
    if base_risk not in LEVELS:
        raise ValueError(f"unknown risk level {base_risk!r}")
    lines = tuple(AnswerLine(question(qid), question(qid).option(oid)) for qid, oid in answers.items() if oid)
    lines = tuple(sorted(lines, key=lambda ln: QUESTION_IDS.index(ln.question.id)))
    total = sum(ln.option.weight for ln in lines)
    shift = shift_for(total)
    notes: list[T] = []
    b = LEVELS.index(base_risk)
    if b == 0:
        if shift > 0:
            notes.append(NO_SIGNALS)
        adjusted = 0
    else:
        adjusted = min(3, b + shift)
        if adjusted < 1:
            adjusted = 1
            notes.append(FLOOR)
    return Assessment(base_risk, LEVELS[adjusted], total, shift, lines, tuple(notes))
