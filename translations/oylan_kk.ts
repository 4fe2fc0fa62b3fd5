<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>FindingCard</name>
    <message>
        <source>Explanation card</source>
        <translation>Түсініктеме карточкасы</translation>
    </message>
    <message>
        <source>Why this phrase may be risky</source>
        <translation>Бұл сөз тіркесі неге қауіпті болуы мүмкін</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Осы жерде елемеу</translation>
    </message>
    <message>
        <source>Hide this occurrence until you close the document</source>
        <translation>Құжатты жапқанша осы жерді жасыру</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translation>Бұл ережені өшіру</translation>
    </message>
    <message>
        <source>Stop checking this pattern (you can turn it back on in Settings)</source>
        <translation>Бұл үлгіні енді тексермеу («Баптаулардан» қайта қосуға болады)</translation>
    </message>
    <message>
        <source>Point at an underlined phrase, or choose a finding above, to see why it may be risky and how to say it more safely.</source>
        <translation>Асты сызылған сөзге меңзерді апарыңыз немесе жоғарыдан табылғанды таңдаңыз — оның неге қауіпті болуы мүмкін екені және қалай қауіпсіз айтуға болатыны осында көрсетіледі.</translation>
    </message>
    <message>
        <source>Replace with «{text}»</source>
        <translation>«{text}» деп ауыстыру</translation>
    </message>
    <message>
        <source>Apply the safer wording: {text}</source>
        <translation>Қауіпсіздеу тұжырымды қолдану: {text}</translation>
    </message>
    <message>
        <source>{level} risk</source>
        <translation>{level} қауіп</translation>
    </message>
    <message>
        <source>May be read as…</source>
        <translation>Былай оқылуы мүмкін…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <source>What in the context changed the level</source>
        <translation>Мәтінмәндегі не деңгейді өзгертті</translation>
    </message>
    <message>
        <source>A real case</source>
        <translation>Нақты іс</translation>
    </message>
    <message>
        <source>What international law says</source>
        <translation>Халықаралық құқық не дейді</translation>
    </message>
    <message>
        <source>Safer phrasing</source>
        <translation>Қалай қауіпсіздеу айтуға болады</translation>
    </message>
    <message>
        <source>This is not legal advice. A phrase is a signal in the wording; courts also weigh context, intent and reach.</source>
        <translation>Бұл заңгерлік кеңес емес. Сөз тіркесі — тұжырымдағы белгі ғана; соттар мәтінмәнді, ниетті және таралу ауқымын да ескереді.</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Табылғандар</translation>
    </message>
    <message>
        <source>Risky phrases in the post. Enter jumps to the phrase; F8 and Shift+F8 move between them in the editor.</source>
        <translation>Жазбадағы қауіпті сөз тіркестері. Enter сөзге өтеді; F8 және Shift+F8 редакторда олардың арасында ауысады.</translation>
    </message>
    <message>
        <source>{level} risk: {phrase}. {title}</source>
        <translation>{level} қауіп: {phrase}. {title}</translation>
    </message>
    <message>
        <source>…and {n} more: use F8 to go through them in the text</source>
        <translation>…тағы {n}: мәтінде олардың арасында F8 пернесімен жүріңіз</translation>
    </message>
    <message>
        <source>Loading the checker…</source>
        <translation>Тексеруші жүктелуде…</translation>
    </message>
    <message>
        <source>Live checking is paused for this long text.</source>
        <translation>Мұндай ұзын мәтін үшін жазу кезіндегі тексеру тоқтатылды.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>No risky phrasing found. That is not a guarantee: see “Your rights”.</source>
        <translation>Қауіпті тұжырым табылмады. Бұл кепілдік емес: «Құқықтарыңыз» бөлімін қараңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s) may be read as risky:</source>
        <translation>
            <numerusform>%n сөз тіркесі қауіпті деп оқылуы мүмкін:</numerusform>
            <numerusform>%n сөз тіркесі қауіпті деп оқылуы мүмкін:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>No risky phrasing found</source>
        <translation>Қауіпті тұжырым табылмады</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Төмен қауіп</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Орташа қауіп</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Жоғары қауіп</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <source>mixed Russian/Kazakh</source>
        <translation>аралас орыс/қазақ</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>анықталмады</translation>
    </message>
    <message>
        <source>Calls to an unauthorised assembly</source>
        <translation>Келісілмеген жиынға шақыру</translation>
    </message>
    <message>
        <source>Inciting discord</source>
        <translation>Алауыздықты қоздыру</translation>
    </message>
    <message>
        <source>Spreading false information</source>
        <translation>Жалған ақпарат тарату</translation>
    </message>
    <message>
        <source>Calls to seize power</source>
        <translation>Билікті басып алуға шақыру</translation>
    </message>
    <message>
        <source>Calls to separatism</source>
        <translation>Сепаратизмге шақыру</translation>
    </message>
    <message>
        <source>Insulting officials or the President</source>
        <translation>Лауазымды тұлғаларды немесе Президентті қорлау</translation>
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
        <translation>Oylan ішінде қате шықты. Жобаңыз сақталды; жұмысты жалғастыруға немесе сақтап, қайта іске қосуға болады.</translation>
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
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>&amp;Private mode (save nothing automatically)</source>
        <translation>&amp;Жеке режим (ештеңені автоматты түрде сақтамау)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Б&amp;олдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Қою</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Барлығын &amp;белгілеу</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Т&amp;ексеру</translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation>&amp;Келесі табылған</translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation>&amp;Алдыңғы табылған</translation>
    </message>
    <message>
        <source>&amp;Explain this finding</source>
        <translation>Бұл табылғанды &amp;түсіндіру</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Қазір &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Turned-off rules…</source>
        <translation>Ө&amp;шірілген ережелер…</translation>
    </message>
    <message>
        <source>&amp;Workshop mode…</source>
        <translation>&amp;Семинар режимі…</translation>
    </message>
    <message>
        <source>Rule &amp;studio…</source>
        <translation>Ережелер &amp;студиясы…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Қалыпты &amp;өлшем</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Интерфейс &amp;тілі</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Oylan</source>
        <translation>Oylan &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Privacy and limits</source>
        <translation>&amp;Құпиялылық және шектеулер</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Табылғандар</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Құқықтарыңыз</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <source>Type or paste your draft post. Risky phrases are underlined: dotted for low, wavy for medium, wavy on a tint for high.</source>
        <translation>Жазба жобасын теріңіз немесе қойыңыз. Қауіпті сөздердің асты сызылады: нүктемен — төмен, толқынмен — орташа, түсті фондағы толқынмен — жоғары.</translation>
    </message>
    <message>
        <source>Type or paste your draft post here (Russian or Kazakh)…</source>
        <translation>Жазба жобасын осында теріңіз немесе қойыңыз (қазақша немесе орысша)…</translation>
    </message>
    <message>
        <source>Everything stays on this computer: your text is checked here, nothing is uploaded or logged. Oylan points out phrasing that speech cases in Kazakhstan have been built on. It is not legal advice and cannot tell whether a post is lawful.</source>
        <translation>Бәрі осы компьютерде қалады: мәтін осында тексеріледі, ештеңе жүктелмейді және журналға жазылмайды. Oylan Қазақстанда сөз үшін қозғалған істерге негіз болған тұжырымдарды көрсетеді. Бұл заңгерлік кеңес емес, бағдарлама жазбаның заңды-заңсыз екенін айта алмайды.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Түсінікті</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Private mode: nothing is written to disk</source>
        <translation>Жеке режим: дискіге ештеңе жазылмайды</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} таңба</translation>
    </message>
    <message>
        <source>The checker could not start: {msg}</source>
        <translation>Тексерушіні іске қосу мүмкін болмады: {msg}</translation>
    </message>
    <message numerus="yes">
        <source>{title}{arts}: %n phrase(s), strongest: {level}</source>
        <translation>
            <numerusform>{title}{arts}: %n сөз тіркесі, ең жоғары деңгей: {level}</numerusform>
            <numerusform>{title}{arts}: %n сөз тіркесі, ең жоғары деңгей: {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}: {langs}</source>
        <translation>{n}-азатжол: {langs}</translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation>{n}-азатжол</translation>
    </message>
    <message>
        <source>Untitled post</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>About Oylan</source>
        <translation>Oylan туралы</translation>
    </message>
    <message>
        <source>Oylan checks a draft post for phrasing that vague speech offences in Kazakhstan have been built on, explains each risk and suggests safer wording.

Everything stays on this computer. Nothing is uploaded or logged. This is not legal advice.</source>
        <translation>Oylan жазба жобасын Қазақстанда бұлыңғыр «сөз» баптары бойынша істерге негіз болған тұжырымдарға тексереді, әр қауіпті түсіндіреді және қауіпсіздеу сөздерді ұсынады.

Бәрі осы компьютерде қалады. Ештеңе жүктелмейді және журналға жазылмайды. Бұл заңгерлік кеңес емес.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Save the changes to this post?</source>
        <translation>Осы жазбадағы өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation>Жазбаны ашу</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Мәтіндік файлдар (*.txt *.md);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Файлды ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>The file was not opened; your current text is unchanged.</source>
        <translation>Файл ашылмады; қазіргі мәтініңіз өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Save the post</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md)</source>
        <translation>Мәтін (*.txt);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Сақтау мүмкін болмады</translation>
    </message>
    <message>
        <source>The post was not saved.</source>
        <translation>Жазба сақталмады.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Тізімді тазалау</translation>
    </message>
    <message>
        <source>{n} problem(s) in the rules: those files were skipped. Check → Rule studio shows them. First: {first}</source>
        <translation>Ережелердегі ақау: {n}; бұл файлдар өткізілді. Оларды Тексеру → Ереже студиясы көрсетеді. Біріншісі: {first}</translation>
    </message>
    <message>
        <source>Autosave failed: {err}</source>
        <translation>Автоматты сақтау сәтсіз аяқталды: {err}</translation>
    </message>
    <message>
        <source>Oylan did not close properly last time. A draft from {when} ({n} characters) was kept. Restore it?</source>
        <translation>Өткен жолы Oylan дұрыс жабылмады. {when} кезіндегі жоба ({n} таңба) сақталып қалды. Қалпына келтіру керек пе?</translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Your rights</source>
        <translation>Құқықтарыңыз</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <source>If a criminal case is opened</source>
        <translation>Қылмыстық іс қозғалса</translation>
    </message>
    <message>
        <source>If an administrative case is opened</source>
        <translation>Әкімшілік іс қозғалса</translation>
    </message>
    <message>
        <source>In any case</source>
        <translation>Кез келген жағдайда</translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation>Көмекті қайдан алуға болады</translation>
    </message>
    <message>
        <source>The rights reference is not available in this copy of Oylan.</source>
        <translation>Oylan-ның бұл көшірмесінде құқықтар анықтамасы жоқ.</translation>
    </message>
    <message>
        <source>Everything stays on this computer: your text is checked here and never uploaded. This is not legal advice.</source>
        <translation>Бәрі осы компьютерде қалады: мәтін осында тексеріледі және ешқайда жүктелмейді. Бұл заңгерлік кеңес емес.</translation>
    </message>
</context>
<context>
    <name>RiskMeter</name>
    <message>
        <source>Risk of the whole post</source>
        <translation>Бүкіл жазбаның қаупі</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Қазір тексеру</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>тексерілуде…</translation>
    </message>
    <message>
        <source>Loading the checker…</source>
        <translation>Тексеруші жүктелуде…</translation>
    </message>
    <message>
        <source>You can start typing; the text is checked as soon as the checker is ready.</source>
        <translation>Жаза беруге болады: тексеруші жүктелген бойда мәтін тексеріледі.</translation>
    </message>
    <message>
        <source>Live checking paused</source>
        <translation>Жазу кезіндегі тексеру тоқтатылды</translation>
    </message>
    <message>
        <source>This text is long ({n} characters), so it is not checked while you type. Press “Check now” to check it in the background.</source>
        <translation>Мәтін ұзын ({n} таңба), сондықтан теру кезінде тексерілмейді. Оны фонда тексеру үшін «Қазір тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>The checker failed</source>
        <translation>Тексеруде қате шықты</translation>
    </message>
    <message>
        <source>score {score} of 100</source>
        <translation>100-ден {score} ұпай</translation>
    </message>
    <message>
        <source>Language: {lang}</source>
        <translation>Тілі: {lang}</translation>
    </message>
    <message>
        <source>This does not mean the post is safe: the checker only knows some patterns, and courts also look at context.</source>
        <translation>Бұл жазба қауіпсіз дегенді білдірмейді: тексеруші үлгілердің бір бөлігін ғана біледі, ал соттар мәтінмәнге де қарайды.</translation>
    </message>
</context>
<context>
    <name>TurnedOffRulesDialog</name>
    <message>
        <source>Turned-off rules</source>
        <translation>Өшірілген ережелер</translation>
    </message>
    <message>
        <source>{rule} (disabled.txt)</source>
        <translation>{rule} (disabled.txt)</translation>
    </message>
    <message>
        <source>Listed in {path}</source>
        <translation>{path} файлында көрсетілген</translation>
    </message>
    <message>
        <source>These patterns are not checked. Select one and turn it back on.</source>
        <translation>Бұл үлгілер тексерілмейді. Қайта қосу үшін біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>Rules marked “disabled.txt” are turned off in {path}; edit that file to turn them back on.</source>
        <translation>«disabled.txt» белгісі бар ережелер {path} файлында өшірілген; оларды қайта қосу үшін сол файлды өңдеңіз.</translation>
    </message>
    <message>
        <source>Turn back on</source>
        <translation>Қайта қосу</translation>
    </message>
    <message>
        <source>No rules are turned off.</source>
        <translation>Өшірілген ереже жоқ.</translation>
    </message>
</context>
</TS>
