<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>FindingCard</name>
    <message>
        <source>Explanation card</source>
        <translation>Карточка пояснения</translation>
    </message>
    <message>
        <source>Why this phrase may be risky</source>
        <translation>Почему эта фраза может быть рискованной</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Пропустить здесь</translation>
    </message>
    <message>
        <source>Hide this occurrence until you close the document</source>
        <translation>Скрыть это место до закрытия документа</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translation>Отключить это правило</translation>
    </message>
    <message>
        <source>Stop checking this pattern (you can turn it back on in Settings)</source>
        <translation>Больше не проверять этот шаблон (можно включить снова в «Настройках»)</translation>
    </message>
    <message>
        <source>Point at an underlined phrase, or choose a finding above, to see why it may be risky and how to say it more safely.</source>
        <translation>Наведите на подчёркнутую фразу или выберите находку выше — здесь появится, чем она может быть рискованна и как сказать безопаснее.</translation>
    </message>
    <message>
        <source>Replace with «{text}»</source>
        <translation>Заменить на «{text}»</translation>
    </message>
    <message>
        <source>Apply the safer wording: {text}</source>
        <translation>Применить более безопасную формулировку: {text}</translation>
    </message>
    <message>
        <source>{level} risk</source>
        <translation>{level} риск</translation>
    </message>
    <message>
        <source>May be read as…</source>
        <translation>Может быть прочитано как…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>What in the context changed the level</source>
        <translation>Что в контексте изменило уровень</translation>
    </message>
    <message>
        <source>A real case</source>
        <translation>Реальное дело</translation>
    </message>
    <message>
        <source>What international law says</source>
        <translation>Что говорит международное право</translation>
    </message>
    <message>
        <source>Safer phrasing</source>
        <translation>Как сказать безопаснее</translation>
    </message>
    <message>
        <source>This is not legal advice. A phrase is a signal in the wording; courts also weigh context, intent and reach.</source>
        <translation>Это не юридическая консультация. Фраза — лишь сигнал в формулировке; суды учитывают также контекст, умысел и охват.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <source>Risky phrases in the post. Enter jumps to the phrase; F8 and Shift+F8 move between them in the editor.</source>
        <translation>Рискованные фразы в посте. Enter переходит к фразе; F8 и Shift+F8 — переход между ними в редакторе.</translation>
    </message>
    <message>
        <source>{level} risk: {phrase}. {title}</source>
        <translation>{level} риск: {phrase}. {title}</translation>
    </message>
    <message>
        <source>…and {n} more: use F8 to go through them in the text</source>
        <translation>…и ещё {n}: перейдите к ним в тексте клавишей F8</translation>
    </message>
    <message>
        <source>Loading the checker…</source>
        <translation>Загрузка проверки…</translation>
    </message>
    <message>
        <source>Live checking is paused for this long text.</source>
        <translation>Для такого длинного текста проверка на лету приостановлена.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>No risky phrasing found. That is not a guarantee: see “Your rights”.</source>
        <translation>Рискованных формулировок не найдено. Это не гарантия: см. «Ваши права».</translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s) may be read as risky:</source>
        <translation>
            <numerusform>%n фраза может быть прочитана как рискованная:</numerusform>
            <numerusform>%n фразы могут быть прочитаны как рискованные:</numerusform>
            <numerusform>%n фраз могут быть прочитаны как рискованные:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>No risky phrasing found</source>
        <translation>Рискованных формулировок не найдено</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Низкий риск</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Средний риск</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>mixed Russian/Kazakh</source>
        <translation>смешанный русский/казахский</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>не распознан</translation>
    </message>
    <message>
        <source>Calls to an unauthorised assembly</source>
        <translation>Призывы к несогласованному собранию</translation>
    </message>
    <message>
        <source>Inciting discord</source>
        <translation>Возбуждение розни</translation>
    </message>
    <message>
        <source>Spreading false information</source>
        <translation>Распространение ложной информации</translation>
    </message>
    <message>
        <source>Calls to seize power</source>
        <translation>Призывы к захвату власти</translation>
    </message>
    <message>
        <source>Calls to separatism</source>
        <translation>Призывы к сепаратизму</translation>
    </message>
    <message>
        <source>Insulting officials or the President</source>
        <translation>Оскорбление должностных лиц или Президента</translation>
    </message>
    <message>
        <source>Extremism</source>
        <translation>Экстремизм</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Something went wrong inside Oylan. Your draft has been kept; you can go on working or save and restart.</source>
        <translation>В Oylan произошла ошибка. Ваш черновик сохранён; можно продолжать работу или сохранить и перезапустить.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Private mode (save nothing automatically)</source>
        <translation>&amp;Приватный режим (ничего не сохранять автоматически)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Следующая находка</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Предыдущая находка</translation>
    </message>
    <message>
        <source>&amp;Explain this finding</source>
        <translation>&amp;Пояснить эту находку</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Проверить &amp;сейчас</translation>
    </message>
    <message>
        <source>&amp;Turned-off rules…</source>
        <translation>&amp;Отключённые правила…</translation>
    </message>
    <message>
        <source>&amp;Workshop mode…</source>
        <translation>Режим &amp;семинара…</translation>
    </message>
    <message>
        <source>Rule &amp;studio…</source>
        <translation>&amp;Студия правил…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Обычный масштаб</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Oylan</source>
        <translation>&amp;Об Oylan</translation>
    </message>
    <message>
        <source>&amp;Privacy and limits</source>
        <translation>&amp;Приватность и ограничения</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Находки</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Ваши права</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Текст поста</translation>
    </message>
    <message>
        <source>Type or paste your draft post. Risky phrases are underlined: dotted for low, wavy for medium, wavy on a tint for high.</source>
        <translation>Введите или вставьте черновик поста. Рискованные фразы подчёркнуты: точками — низкий риск, волной — средний, волной на цветном фоне — высокий.</translation>
    </message>
    <message>
        <source>Type or paste your draft post here (Russian or Kazakh)…</source>
        <translation>Введите или вставьте сюда черновик поста (на русском или казахском)…</translation>
    </message>
    <message>
        <source>Everything stays on this computer: your text is checked here, nothing is uploaded or logged. Oylan points out phrasing that speech cases in Kazakhstan have been built on. It is not legal advice and cannot tell whether a post is lawful.</source>
        <translation>Всё остаётся на этом компьютере: текст проверяется здесь, ничего не загружается и не записывается в журналы. Oylan показывает формулировки, на которых в Казахстане строились дела за высказывания. Это не юридическая консультация, и программа не может сказать, законен ли пост.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Понятно</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Private mode: nothing is written to disk</source>
        <translation>Приватный режим: на диск ничего не пишется</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>символов: {n}</translation>
    </message>
    <message>
        <source>The checker could not start: {msg}</source>
        <translation>Проверку не удалось запустить: {msg}</translation>
    </message>
    <message numerus="yes">
        <source>{title}{arts}: %n phrase(s), strongest: {level}</source>
        <translation>
            <numerusform>{title}{arts}: %n фраза, самый высокий уровень: {level}</numerusform>
            <numerusform>{title}{arts}: %n фразы, самый высокий уровень: {level}</numerusform>
            <numerusform>{title}{arts}: %n фраз, самый высокий уровень: {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}: {langs}</source>
        <translation>Абзац {n}: {langs}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>Абзац {n}</translation>
    </message>
    <message>
        <source>Untitled post</source>
        <translation>Новый пост</translation>
    </message>
    <message>
        <source>About Oylan</source>
        <translation>Об Oylan</translation>
    </message>
    <message>
        <source>Oylan checks a draft post for phrasing that vague speech offences in Kazakhstan have been built on, explains each risk and suggests safer wording.

Everything stays on this computer. Nothing is uploaded or logged. This is not legal advice.</source>
        <translation>Oylan проверяет черновик поста на формулировки, на которых в Казахстане строились дела по расплывчатым «речевым» статьям, объясняет каждый риск и предлагает более безопасные слова.

Всё остаётся на этом компьютере. Ничего не загружается и не записывается в журналы. Это не юридическая консультация.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the changes to this post?</source>
        <translation>Сохранить изменения в этом посте?</translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation>Открыть пост</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Текстовые файлы (*.txt *.md);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Не удалось открыть файл</translation>
    </message>
    <message>
        <source>The file was not opened; your current text is unchanged.</source>
        <translation>Файл не открыт; ваш текущий текст не изменился.</translation>
    </message>
    <message>
        <source>Save the post</source>
        <translation>Сохранить пост</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md)</source>
        <translation>Текст (*.txt);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>The post was not saved.</source>
        <translation>Пост не сохранён.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>{n} problem(s) in the rules: those files were skipped. Check → Rule studio shows them. First: {first}</source>
        <translation>Проблем в правилах: {n}; эти файлы пропущены. Их показывает Проверка → Студия правил. Первая: {first}</translation>
    </message>
    <message>
        <source>Autosave failed: {err}</source>
        <translation>Автосохранение не удалось: {err}</translation>
    </message>
    <message>
        <source>Oylan did not close properly last time. A draft from {when} ({n} characters) was kept. Restore it?</source>
        <translation>В прошлый раз Oylan закрылся некорректно. Сохранился черновик от {when} ({n} симв.). Восстановить его?</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Your rights</source>
        <translation>Ваши права</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>If a criminal case is opened</source>
        <translation>Если возбуждено уголовное дело</translation>
    </message>
    <message>
        <source>If an administrative case is opened</source>
        <translation>Если начато административное дело</translation>
    </message>
    <message>
        <source>In any case</source>
        <translation>В любом случае</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Куда обратиться за помощью</translation>
    </message>
    <message>
        <source>The rights reference is not available in this copy of Oylan.</source>
        <translation>Справка о правах недоступна в этой копии Oylan.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: your text is checked here and never uploaded. This is not legal advice.</source>
        <translation>Всё остаётся на этом компьютере: текст проверяется здесь и никуда не загружается. Это не юридическая консультация.</translation>
    </message>
</context>
<context>
    <name>RiskMeter</name>
    <message>
        <source>Risk of the whole post</source>
        <translation>Риск всего поста</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>Loading the checker…</source>
        <translation>Загрузка проверки…</translation>
    </message>
    <message>
        <source>You can start typing; the text is checked as soon as the checker is ready.</source>
        <translation>Можно начинать писать: текст будет проверен, как только загрузится проверка.</translation>
    </message>
    <message>
        <source>Live checking paused</source>
        <translation>Проверка на лету приостановлена</translation>
    </message>
    <message>
        <source>This text is long ({n} characters), so it is not checked while you type. Press “Check now” to check it in the background.</source>
        <translation>Текст длинный ({n} символов), поэтому во время набора он не проверяется. Нажмите «Проверить сейчас», чтобы проверить его в фоне.</translation>
    </message>
    <message>
        <source>The checker failed</source>
        <translation>Ошибка проверки</translation>
    </message>
    <message>
        <source>score {score} of 100</source>
        <translation>оценка {score} из 100</translation>
    </message>
    <message>
        <source>Language: {lang}</source>
        <translation>Язык: {lang}</translation>
    </message>
    <message>
        <source>This does not mean the post is safe: the checker only knows some patterns, and courts also look at context.</source>
        <translation>Это не значит, что пост безопасен: проверка знает лишь часть шаблонов, а суды смотрят и на контекст.</translation>
    </message>
</context>
<context>
    <name>TurnedOffRulesDialog</name>
    <message>
        <source>Turned-off rules</source>
        <translation>Отключённые правила</translation>
    </message>
    <message>
        <source>{rule} (disabled.txt)</source>
        <translation>{rule} (disabled.txt)</translation>
    </message>
    <message>
        <source>Listed in {path}</source>
        <translation>Указано в файле {path}</translation>
    </message>
    <message>
        <source>These patterns are not checked. Select one and turn it back on.</source>
        <translation>Эти шаблоны не проверяются. Выберите правило, чтобы включить его снова.</translation>
    </message>
    <message>
        <source>Rules marked “disabled.txt” are turned off in {path}; edit that file to turn them back on.</source>
        <translation>Правила с пометкой «disabled.txt» выключены в файле {path}; чтобы включить их снова, отредактируйте этот файл.</translation>
    </message>
    <message>
        <source>Turn back on</source>
        <translation>Включить снова</translation>
    </message>
    <message>
        <source>No rules are turned off.</source>
        <translation>Отключённых правил нет.</translation>
    </message>
</context>
</TS>
