<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FindingCard</name>
    <message>
        <source>Explanation card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this phrase may be risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this occurrence until you close the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking this pattern (you can turn it back on in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at an underlined phrase, or choose a finding above, to see why it may be risky and how to say it more safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with «{text}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the safer wording: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be read as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What in the context changed the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What international law says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safer phrasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not legal advice. A phrase is a signal in the wording; courts also weigh context, intent and reach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky phrases in the post. Enter jumps to the phrase; F8 and Shift+F8 move between them in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} risk: {phrase}. {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more: use F8 to go through them in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the checker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live checking is paused for this long text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risky phrasing found. That is not a guarantee: see “Your rights”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phrase(s) may be read as risky:</source>
        <translation>
            <numerusform>%n phrase may be read as risky:</numerusform>
            <numerusform>%n phrases may be read as risky:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risky phrasing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed Russian/Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to an unauthorised assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inciting discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreading false information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to seize power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to separatism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insulting officials or the President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extremism</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Something went wrong inside Oylan. Your draft has been kept; you can go on working or save and restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private mode (save nothing automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turned-off rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &amp;studio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Oylan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste your draft post. Risky phrases are underlined: dotted for low, wavy for medium, wavy on a tint for high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste your draft post here (Russian or Kazakh)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer: your text is checked here, nothing is uploaded or logged. Oylan points out phrasing that speech cases in Kazakhstan have been built on. It is not legal advice and cannot tell whether a post is lawful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private mode: nothing is written to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker could not start: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title}{arts}: %n phrase(s), strongest: {level}</source>
        <translation>
            <numerusform>{title}{arts}: %n phrase, strongest: {level}</numerusform>
            <numerusform>{title}{arts}: %n phrases, strongest: {level}</numerusform>
        </translation>
    </message>
    <message>
        <source>Paragraph {n}: {langs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Oylan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oylan checks a draft post for phrasing that vague speech offences in Kazakhstan have been built on, explains each risk and suggests safer wording.

Everything stays on this computer. Nothing is uploaded or logged. This is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened; your current text is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem(s) in the rules: those files were skipped. Check → Rule studio shows them. First: {first}</source>
        <translation>{n} problem(s) in the rules: those files were skipped. Check → Rule studio shows them. First: {first}</translation>
    </message>
    <message>
        <source>Autosave failed: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oylan did not close properly last time. A draft from {when} ({n} characters) was kept. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsPanel</name>
    <message>
        <source>Your rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a criminal case is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an administrative case is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rights reference is not available in this copy of Oylan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer: your text is checked here and never uploaded. This is not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMeter</name>
    <message>
        <source>Risk of the whole post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the checker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start typing; the text is checked as soon as the checker is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live checking paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is long ({n} characters), so it is not checked while you type. Press “Check now” to check it in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score {score} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {lang}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not mean the post is safe: the checker only knows some patterns, and courts also look at context.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnedOffRulesDialog</name>
    <message>
        <source>Turned-off rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} (disabled.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These patterns are not checked. Select one and turn it back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules marked “disabled.txt” are turned off in {path}; edit that file to turn them back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules are turned off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
