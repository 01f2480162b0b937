<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ClassReportPage</name>
        <message numerus="yes">
            <source>%n attempt(s) with conflicting copies, not counted: see the Unreadable tab.</source>
            <translation>
                <numerusform>%n attempt with conflicting copies, not counted: see the Unreadable tab.</numerusform>
                <numerusform>%n attempts with conflicting copies, not counted: see the Unreadable tab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>attempt {id} differs in %n file(s); none is counted</source>
            <translation>
                <numerusform>attempt {id} differs in %n file; none is counted</numerusform>
                <numerusform>attempt {id} differs in %n files; none is counted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassroomAbout</name>
        <message numerus="yes">
            <source>%n attempt(s) each</source>
            <translation>
                <numerusform>%n attempt each</numerusform>
                <numerusform>%n attempts each</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassroomWindow</name>
        <message numerus="yes">
            <source>Close the classroom session? %n result(s) still wait on this computer; they are delivered the next time quizapp runs here.</source>
            <translation>
                <numerusform>Close the classroom session? %n result still wait on this computer; they are delivered the next time quizapp runs here.</numerusform>
                <numerusform>Close the classroom session? %n results still wait on this computer; they are delivered the next time quizapp runs here.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message numerus="yes">
            <source>{file}: %n question(s) written as {format}</source>
            <translation>
                <numerusform>{file}: %n question written as {format}</numerusform>
                <numerusform>{file}: %n questions written as {format}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DraftCommand</name>
        <message numerus="yes">
            <source>{file}: wrote %n draft question(s) citing {covered} of {passages} passages. Read each against the text, then run `quizapp validate {file} --coverage`.</source>
            <translation>
                <numerusform>{file}: wrote %n draft question citing {covered} of {passages} passages. Read each against the text, then run `quizapp validate {file} --coverage`.</numerusform>
                <numerusform>{file}: wrote %n draft questions citing {covered} of {passages} passages. Read each against the text, then run `quizapp validate {file} --coverage`.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>Wrote %n learner(s) to {file} ({format}).</source>
            <translation>
                <numerusform>Wrote %n learner to {file} ({format}).</numerusform>
                <numerusform>Wrote %n learners to {file} ({format}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HtmlReport</name>
        <message numerus="yes">
            <source>%n attempt(s) with conflicting copies — not counted</source>
            <translation>
                <numerusform>%n attempt with conflicting copies — not counted</numerusform>
                <numerusform>%n attempts with conflicting copies — not counted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LrsCommand</name>
        <message numerus="yes">
            <source>{attempts} sent: %n statement(s) stored, {already} already there.</source>
            <translation>
                <numerusform>{attempts} sent: %n statement stored, {already} already there.</numerusform>
                <numerusform>{attempts} sent: %n statements stored, {already} already there.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n answer(s) could not be saved yet. {problem}

Quit anyway? They will be written to a separate file, and you will be told where.</source>
            <translation>
                <numerusform>%n answer could not be saved yet. {problem}

Quit anyway? They will be written to a separate file, and you will be told where.</numerusform>
                <numerusform>%n answers could not be saved yet. {problem}

Quit anyway? They will be written to a separate file, and you will be told where.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutboxLine</name>
        <message numerus="yes">
            <source>%n result(s) waiting to be delivered.</source>
            <translation>
                <numerusform>%n result waiting to be delivered.</numerusform>
                <numerusform>%n results waiting to be delivered.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message numerus="yes">
            <source>%n question(s) flagged (too easy, too hard or negative discrimination).</source>
            <translation>
                <numerusform>%n question flagged (too easy, too hard or negative discrimination).</numerusform>
                <numerusform>%n questions flagged (too easy, too hard or negative discrimination).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ValidateCommand</name>
        <message numerus="yes">
            <source>(%n question(s) skipped)</source>
            <translation>
                <numerusform>(%n question skipped)</numerusform>
                <numerusform>(%n questions skipped)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>convert</name>
        <message numerus="yes">
            <source>it has %n answer(s) worth 100%, and a single-answer question needs exactly one</source>
            <translation>
                <numerusform>it has %n answer worth 100%, and a single-answer question needs exactly one</numerusform>
                <numerusform>it has %n answers worth 100%, and a single-answer question needs exactly one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the %n question(s) would make a bank of {size} MB, and a bank may be at most {limit} MB; split the file and convert the parts into separate banks</source>
            <translation>
                <numerusform>the %n question would make a bank of {size} MB, and a bank may be at most {limit} MB; split the file and convert the parts into separate banks</numerusform>
                <numerusform>the %n questions would make a bank of {size} MB, and a bank may be at most {limit} MB; split the file and convert the parts into separate banks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>preset</name>
        <message numerus="yes">
            <source>the filters match only %n question(s), so a learner gets %n, not {count}</source>
            <translation>
                <numerusform>the filters match only %n question, so a learner gets %n, not {count}</numerusform>
                <numerusform>the filters match only %n questions, so a learner gets %n, not {count}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bank(s)</source>
            <translation>
                <numerusform>%n bank</numerusform>
                <numerusform>%n banks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft question(s)</source>
            <translation>
                <numerusform>%n draft question</numerusform>
                <numerusform>%n draft questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n duplicate</numerusform>
                <numerusform>%n duplicates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n preset(s)</source>
            <translation>
                <numerusform>%n preset</numerusform>
                <numerusform>%n presets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable file(s)</source>
            <translation>
                <numerusform>%n unreadable file</numerusform>
                <numerusform>%n unreadable files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{hits} of the {right} right choices picked and %n wrong pick(s):</source>
            <translation>
                <numerusform>{hits} of the {right} right choices picked and %n wrong pick:</numerusform>
                <numerusform>{hits} of the {right} right choices picked and %n wrong picks:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {distance} edits from '{closest}'; up to %n edit(s) allowed for an answer that short.</source>
            <translation>
                <numerusform>That is {distance} edits from '{closest}'; up to %n edit allowed for an answer that short.</numerusform>
                <numerusform>That is {distance} edits from '{closest}'; up to %n edits allowed for an answer that short.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {distance} edits from '{closest}'; up to %n edit(s) allowed.</source>
            <translation>
                <numerusform>That is {distance} edits from '{closest}'; up to %n edit allowed.</numerusform>
                <numerusform>That is {distance} edits from '{closest}'; up to %n edits allowed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{right} of the %n neighbouring pair(s) are in the right order.</source>
            <translation>
                <numerusform>{right} of the %n neighbouring pair are in the right order.</numerusform>
                <numerusform>{right} of the %n neighbouring pairs are in the right order.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{right} of the %n pair(s) are matched right.</source>
            <translation>
                <numerusform>{right} of the %n pair are matched right.</numerusform>
                <numerusform>{right} of the %n pairs are matched right.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) kept on this machine will be delivered when it is back.</source>
            <translation>
                <numerusform>%n result kept on this machine will be delivered when it is back.</numerusform>
                <numerusform>%n results kept on this machine will be delivered when it is back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) could not be saved to {folder}.</source>
            <translation>
                <numerusform>%n answer could not be saved to {folder}.</numerusform>
                <numerusform>%n answers could not be saved to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, you have used your %n attempt(s) at '{title}'. Ask your teacher if you need another.</source>
            <translation>
                <numerusform>{name}, you have used your %n attempt at '{title}'. Ask your teacher if you need another.</numerusform>
                <numerusform>{name}, you have used your %n attempts at '{title}'. Ask your teacher if you need another.</numerusform>
            </translation>
        </message>
    </context>
</TS>
