<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AnswerWidget</name>
        <message>
            <source>Your answer</source>
            <translation>Deine Antwort</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>quizapp cannot start</source>
            <translation>quizapp kann nicht starten</translation>
        </message>
        <message>
            <source>About your progress</source>
            <translation>Zu deinem Lernstand</translation>
        </message>
        <message>
            <source>Answers kept in a file</source>
            <translation>Antworten in einer Datei aufbewahrt</translation>
        </message>
    </context>
    <context>
        <name>ArgParse</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s</source>
            <translation>%(prog)s: Fehler: %(message)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>diese Argumente fehlen: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist nötig</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>angegebener Wert %r wird nicht beachtet</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>erwartet einen Wert</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>erwartet höchstens einen Wert</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>erwartet mindestens einen Wert</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s kann %(matches)s bedeuten</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unerwartete Option: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger Wert für %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Wahl: %(value)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unbekannter Befehl %(parser_name)r (möglich: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>'%(filename)s' kann nicht geöffnet werden: %(error)s</translation>
        </message>
    </context>
    <context>
        <name>ChoiceWidget</name>
        <message>
            <source>Check box {n} of {count}; press {n} to tick it</source>
            <translation>Kästchen {n} von {count}; mit {n} ankreuzen</translation>
        </message>
        <message>
            <source>Check box {n} of {count}</source>
            <translation>Kästchen {n} von {count}</translation>
        </message>
        <message>
            <source>Option {n} of {count}; press {n} to pick it</source>
            <translation>Antwort {n} von {count}; mit {n} wählen</translation>
        </message>
        <message>
            <source>Option {n} of {count}</source>
            <translation>Antwort {n} von {count}</translation>
        </message>
        <message>
            <source>1–{last} tick or untick a choice</source>
            <translation>1–{last} Antwort an- oder abkreuzen</translation>
        </message>
        <message>
            <source>1–{last} pick a choice</source>
            <translation>1–{last} Antwort wählen</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Antwortmöglichkeiten</translation>
        </message>
        <message>
            <source>Tick every right choice</source>
            <translation>Kreuze alle richtigen Antworten an</translation>
        </message>
        <message>
            <source>Pick one choice</source>
            <translation>Wähle eine Antwort</translation>
        </message>
    </context>
    <context>
        <name>ClassReportPage</name>
        <message>
            <source>Learner</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Bestes</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Letztes</translation>
        </message>
        <message>
            <source>Time (last)</source>
            <translation>Zeit (letzter)</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Zusatzzeit</translation>
        </message>
        <message>
            <source>Machines</source>
            <translation>Rechner</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Bank file:line</source>
            <translation>Datei:Zeile</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Gestellt</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Lösungsquote</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Trennschärfe</translation>
        </message>
        <message>
            <source>Median time</source>
            <translation>Median der Zeit</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>Class report</source>
            <translation>Klassenbericht</translation>
        </message>
        <message>
            <source>Choose the folder the classroom results were collected in (a USB stick, a shared folder, or several sticks' folders side by side).</source>
            <translation>Wählen Sie den Ordner, in dem die Ergebnisse der Klasse gesammelt wurden (ein USB-Stick, ein freigegebener Ordner oder die Ordner mehrerer Sticks nebeneinander).</translation>
        </message>
        <message>
            <source>Choose results folder… ({key})</source>
            <translation>Ergebnisordner wählen… ({key})</translation>
        </message>
        <message>
            <source>Pick the folder of results files to report on</source>
            <translation>Den Ordner mit den Ergebnisdateien für den Bericht wählen</translation>
        </message>
        <message>
            <source>Choose results folder</source>
            <translation>Ergebnisordner wählen</translation>
        </message>
        <message>
            <source>Save as a web page… ({key})</source>
            <translation>Als Webseite speichern… ({key})</translation>
        </message>
        <message>
            <source>Save the report as one HTML file and open it in the browser</source>
            <translation>Den Bericht als eine HTML-Datei speichern und im Browser öffnen</translation>
        </message>
        <message>
            <source>Save as a web page</source>
            <translation>Als Webseite speichern</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Zurück ({key})</translation>
        </message>
        <message>
            <source>Leave the class report</source>
            <translation>Den Klassenbericht verlassen</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Reading the results</source>
            <translation>Die Ergebnisse werden gelesen</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Report tables</source>
            <translation>Tabellen des Berichts</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>One row per learner and preset</source>
            <translation>Eine Zeile je lernender Person und Vorlage</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Facility, discrimination and median time of every question, over finished attempts</source>
            <translation>Lösungsquote, Trennschärfe und Median der Zeit jeder Frage, über abgeschlossene Versuche</translation>
        </message>
        <message>
            <source>Flagged questions</source>
            <translation>Markierte Fragen</translation>
        </message>
        <message>
            <source>Too easy, too hard or negative discrimination, with the bank file and line</source>
            <translation>Zu leicht, zu schwer oder negative Trennschärfe, mit Datei und Zeile im Fragenkatalog</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Why it cannot be read</source>
            <translation>Warum sie nicht gelesen werden kann</translation>
        </message>
        <message>
            <source>Unreadable files</source>
            <translation>Unlesbare Dateien</translation>
        </message>
        <message>
            <source>&amp;Learners</source>
            <translation>&amp;Lernende</translation>
        </message>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Fragen</translation>
        </message>
        <message>
            <source>&amp;Flagged</source>
            <translation>&amp;Markiert</translation>
        </message>
        <message>
            <source>&amp;Unreadable</source>
            <translation>&amp;Unlesbar</translation>
        </message>
        <message>
            <source>Facility: the mean score on a question (100% = everyone right); flagged too easy above {easy}%, too hard below {hard}%. Discrimination: the correlation (−1 to 1) between the score on a question and on the rest of the attempt; above 0.3 is good, below 0 is flagged (check the answer key and the wording). Interrupted attempts count per learner only.</source>
            <translation>Lösungsquote: das mittlere Ergebnis einer Frage (100 % = alle richtig); über {easy} % als zu leicht markiert, unter {hard} % als zu schwer. Trennschärfe: die Korrelation (−1 bis 1) zwischen dem Ergebnis einer Frage und dem Rest des Versuchs; über 0,3 ist gut, unter 0 wird markiert (prüfen Sie Lösung und Formulierung). Abgebrochene Versuche zählen nur je Person.</translation>
        </message>
        <message>
            <source>Reading the numbers</source>
            <translation>So lesen Sie die Zahlen</translation>
        </message>
        <message>
            <source>Choose the results folder</source>
            <translation>Den Ergebnisordner wählen</translation>
        </message>
        <message>
            <source>No such folder</source>
            <translation>Ordner nicht gefunden</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} ist kein Ordner.</translation>
        </message>
        <message>
            <source>Reading {folder}…</source>
            <translation>{folder} wird gelesen…</translation>
        </message>
        <message>
            <source>The results cannot be read</source>
            <translation>Die Ergebnisse können nicht gelesen werden</translation>
        </message>
        <message>
            <source>no results yet</source>
            <translation>noch keine Ergebnisse</translation>
        </message>
        <message>
            <source>Class report — {presets}</source>
            <translation>Klassenbericht — {presets}</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) with conflicting copies, not counted: see the Unreadable tab.</source>
            <translation>
                <numerusform>%n Versuch mit widersprüchlichen Kopien, nicht gezählt: siehe Reiter Unlesbar.</numerusform>
                <numerusform>%n Versuche mit widersprüchlichen Kopien, nicht gezählt: siehe Reiter Unlesbar.</numerusform>
            </translation>
        </message>
        <message>
            <source>{attempts} ({finished} finished, {interrupted} interrupted) from {files}; {duplicates} ignored; {unreadable}. Mean score {mean}, median {median}. {flagged} flagged.</source>
            <translation>{attempts} ({finished} abgeschlossen, {interrupted} abgebrochen) aus {files}; {duplicates} übergangen; {unreadable}. Mittelwert {mean}, Median {median}. {flagged} markiert.</translation>
        </message>
        <message numerus="yes">
            <source>attempt {id} differs in %n file(s); none is counted</source>
            <translation>
                <numerusform>Versuch {id} unterscheidet sich in %n Datei; keiner wird gezählt</numerusform>
                <numerusform>Versuch {id} unterscheidet sich in %n Dateien; keiner wird gezählt</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Flagged ({count})</source>
            <translation>&amp;Markiert ({count})</translation>
        </message>
        <message>
            <source>&amp;Unreadable ({count})</source>
            <translation>&amp;Unlesbar ({count})</translation>
        </message>
        <message>
            <source>No folder chosen yet.</source>
            <translation>Noch kein Ordner gewählt.</translation>
        </message>
        <message>
            <source>Save the class report</source>
            <translation>Klassenbericht speichern</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Webseite (*.html)</translation>
        </message>
        <message>
            <source>The report cannot be saved</source>
            <translation>Der Bericht kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>Report saved</source>
            <translation>Bericht gespeichert</translation>
        </message>
        <message>
            <source>The report is saved as {path}. Open it in a browser.</source>
            <translation>Der Bericht ist als {path} gespeichert. Öffnen Sie ihn in einem Browser.</translation>
        </message>
        <message>
            <source>(no time limit)</source>
            <translation>(ohne Zeitlimit)</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, Zeile {line}</translation>
        </message>
    </context>
    <context>
        <name>ClassroomAbout</name>
        <message>
            <source>{time} for the whole quiz</source>
            <translation>{time} für das ganze Quiz</translation>
        </message>
        <message>
            <source>{time} for each question</source>
            <translation>{time} für jede Frage</translation>
        </message>
        <message>
            <source>right or wrong after each answer</source>
            <translation>richtig oder falsch nach jeder Antwort</translation>
        </message>
        <message>
            <source>your score and answers at the end</source>
            <translation>dein Ergebnis und deine Antworten am Ende</translation>
        </message>
        <message>
            <source>your score at the end</source>
            <translation>dein Ergebnis am Ende</translation>
        </message>
        <message>
            <source>your answers go to your teacher</source>
            <translation>deine Antworten gehen an deine Lehrkraft</translation>
        </message>
        <message>
            <source>one attempt each</source>
            <translation>ein Versuch pro Person</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) each</source>
            <translation>
                <numerusform>%n Versuch pro Person</numerusform>
                <numerusform>%n Versuche pro Person</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClassroomQuizPage</name>
        <message>
            <source>Leave ({key})</source>
            <translation>Verlassen ({key})</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>Quiz verlassen</translation>
        </message>
        <message>
            <source>Stop now, after asking; the answers given are saved</source>
            <translation>Jetzt aufhören (nach Rückfrage); die gegebenen Antworten werden gespeichert</translation>
        </message>
        <message>
            <source>Welcome back: your quiz goes on where it stopped.</source>
            <translation>Willkommen zurück: Dein Quiz geht dort weiter, wo es aufgehört hat.</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
    </context>
    <context>
        <name>ClassroomWindow</name>
        <message>
            <source>Classroom quiz</source>
            <translation>Klassenquiz</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Classroom · {machine}</source>
            <translation>Klassenraum · {machine}</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>Dieser Rechner</translation>
        </message>
        <message>
            <source>Your earlier results cannot be checked: the results folder does not answer. Ask your teacher to check the USB stick or the shared folder, then press Start again.</source>
            <translation>Deine früheren Ergebnisse können nicht geprüft werden: Der Ergebnisordner antwortet nicht. Bitte deine Lehrkraft, den USB-Stick oder den freigegebenen Ordner zu prüfen, und drücke dann noch einmal auf Starten.</translation>
        </message>
        <message>
            <source>Leave the quiz?</source>
            <translation>Quiz verlassen?</translation>
        </message>
        <message>
            <source>Leave the quiz now? The answers you gave are saved and go to your teacher as an unfinished attempt. It counts as an attempt: you cannot come back to it.</source>
            <translation>Das Quiz jetzt verlassen? Deine Antworten werden gespeichert und gehen als unvollständiger Versuch an deine Lehrkraft. Er zählt als Versuch: Du kannst nicht zu ihm zurückkehren.</translation>
        </message>
        <message>
            <source>Leave the quiz and close quizapp? The answers you gave are saved and go to your teacher as an unfinished attempt. It counts as an attempt.</source>
            <translation>Das Quiz verlassen und quizapp schließen? Deine Antworten werden gespeichert und gehen als unvollständiger Versuch an deine Lehrkraft. Er zählt als Versuch.</translation>
        </message>
        <message numerus="yes">
            <source>Close the classroom session? %n result(s) still wait on this computer; they are delivered the next time quizapp runs here.</source>
            <translation>
                <numerusform>Die Klassensitzung schließen? %n Ergebnis wartet noch auf diesem Rechner; es wird zugestellt, wenn quizapp hier das nächste Mal läuft.</numerusform>
                <numerusform>Die Klassensitzung schließen? %n Ergebnisse warten noch auf diesem Rechner; sie werden zugestellt, wenn quizapp hier das nächste Mal läuft.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close the classroom session?</source>
            <translation>Die Klassensitzung schließen?</translation>
        </message>
        <message>
            <source>Close quizapp?</source>
            <translation>quizapp schließen?</translation>
        </message>
    </context>
    <context>
        <name>CommandHelp</name>
        <message>
            <source>Timed quizzes from YAML question banks. With no command, opens the app.</source>
            <translation>Quizze mit Zeitlimit aus Fragenkatalogen in YAML. Ohne Befehl öffnet sich die App.</translation>
        </message>
        <message>
            <source>print the version and where data, cache and banks are read from, then exit</source>
            <translation>die Version ausgeben und woher Daten, Cache und Fragenkataloge gelesen werden, dann beenden</translation>
        </message>
        <message>
            <source>open full screen (lab machines)</source>
            <translation>im Vollbild öffnen (Rechner im Computerraum)</translation>
        </message>
        <message>
            <source>start a classroom session from this *.preset.yaml file (see docs/classroom.md)</source>
            <translation>eine Unterrichtssitzung mit dieser Vorlage (*.preset.yaml) starten (siehe docs/classroom.md)</translation>
        </message>
        <message>
            <source>colours: follow the system (default), or force light or dark</source>
            <translation>Farben: wie das System (Standard), oder immer hell bzw. dunkel</translation>
        </message>
        <message>
            <source>the language of the app and the commands (de, es, ...); default: the learner's setting, else the system's (docs/translating.md)</source>
            <translation>die Sprache der App und der Befehle (de, es, …); Standard: die Einstellung der lernenden Person, sonst die des Systems (docs/translating.md)</translation>
        </message>
        <message>
            <source>check question banks and presets, and report every mistake</source>
            <translation>Fragenkataloge und Vorlagen prüfen und jeden Fehler melden</translation>
        </message>
        <message>
            <source>write learners' attempts and answers as CSV or JSON for a spreadsheet</source>
            <translation>Versuche und Antworten der Lernenden als CSV oder JSON für eine Tabellenkalkulation schreiben</translation>
        </message>
        <message>
            <source>merge a class's results folder into an HTML report (and CSV)</source>
            <translation>den Ergebnisordner einer Klasse zu einem HTML-Bericht (und CSV) zusammenführen</translation>
        </message>
        <message>
            <source>convert questions to and from Moodle XML, GIFT, Aiken, CSV, Anki; print to PDF</source>
            <translation>Fragen aus und nach Moodle XML, GIFT, Aiken, CSV, Anki umwandeln; als PDF drucken</translation>
        </message>
        <message>
            <source>send a results folder to a Learning Record Store (xAPI), or test the connection</source>
            <translation>einen Ergebnisordner an einen Learning Record Store (xAPI) senden oder die Verbindung testen</translation>
        </message>
        <message>
            <source>write a first draft of a question bank from a plain text</source>
            <translation>aus einem einfachen Text einen ersten Entwurf eines Fragenkatalogs schreiben</translation>
        </message>
        <message>
            <source>convert questions to and from Moodle XML, GIFT, Aiken, CSV and Anki</source>
            <translation>Fragen aus und nach Moodle XML, GIFT, Aiken, CSV und Anki umwandeln</translation>
        </message>
        <message>
            <source>Convert a question file. The formats come from the file names unless --from/--to say otherwise. Exit status: 0 when questions were written, 1 when nothing could be converted. See docs/converting.md.</source>
            <translation>Eine Fragendatei umwandeln. Die Formate ergeben sich aus den Dateinamen, außer --from/--to sagen etwas anderes. Rückgabewert: 0, wenn Fragen geschrieben wurden, 1, wenn nichts umgewandelt werden konnte. Siehe docs/converting.md.</translation>
        </message>
        <message>
            <source>formats:</source>
            <translation>Formate:</translation>
        </message>
        <message>
            <source>the file to read</source>
            <translation>die zu lesende Datei</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <source>the format of SRC, when its name does not say (formats below)</source>
            <translation>das Format von SRC, wenn der Name es nicht verrät (Formate unten)</translation>
        </message>
        <message>
            <source>the format of DEST, when its name does not say</source>
            <translation>das Format von DEST, wenn der Name es nicht verrät</translation>
        </message>
        <message>
            <source>PDF: add the answer key at the end</source>
            <translation>PDF: die Lösungen am Ende anfügen</translation>
        </message>
        <message>
            <source>replace DEST if it exists</source>
            <translation>DEST ersetzen, wenn es schon existiert</translation>
        </message>
        <message>
            <source>Read a UTF-8 text and write a bank of draft questions next to it, each quoting the sentence it comes from and tagged `draft` for you to check. Exit status: 0 when the draft was written, 1 when it was not.</source>
            <translation>Einen UTF-8-Text lesen und daneben einen Fragenkatalog mit Entwurfsfragen schreiben; jede zitiert den Satz, aus dem sie stammt, und ist mit `draft` markiert, damit Sie sie prüfen. Rückgabewert: 0, wenn der Entwurf geschrieben wurde, sonst 1.</translation>
        </message>
        <message>
            <source>the source text (UTF-8)</source>
            <translation>der Ausgangstext (UTF-8)</translation>
        </message>
        <message>
            <source>where to write the bank (default: TEXT.draft.yaml next to the text); it must be in the text's folder or a folder above it</source>
            <translation>wohin der Fragenkatalog geschrieben wird (Standard: TEXT.draft.yaml neben dem Text); er muss im Ordner des Textes oder in einem Ordner darüber liegen</translation>
        </message>
        <message>
            <source>how many questions (default: 3 a passage)</source>
            <translation>wie viele Fragen (Standard: 3 je Abschnitt)</translation>
        </message>
        <message>
            <source>the text's language (only en so far)</source>
            <translation>die Sprache des Textes (bisher nur en)</translation>
        </message>
        <message>
            <source>another number picks other distractors</source>
            <translation>eine andere Zahl wählt andere Ablenker</translation>
        </message>
        <message>
            <source>replace an existing BANK.yaml</source>
            <translation>eine vorhandene BANK.yaml ersetzen</translation>
        </message>
        <message>
            <source>write attempts and answers for a teacher (CSV or JSON)</source>
            <translation>Versuche und Antworten für Lehrkräfte schreiben (CSV oder JSON)</translation>
        </message>
        <message>
            <source>Write every attempt and answer of a learner (or of every learner, with --all), with bank titles and question prompts, as CSV for a spreadsheet or as JSON.</source>
            <translation>Jeden Versuch und jede Antwort einer lernenden Person (oder mit --all aller Lernenden) mit den Titeln der Fragenkataloge und den Fragetexten schreiben, als CSV für eine Tabellenkalkulation oder als JSON.</translation>
        </message>
        <message>
            <source>the learner's name (any case)</source>
            <translation>der Name der lernenden Person (Groß-/Kleinschreibung egal)</translation>
        </message>
        <message>
            <source>every learner on this machine</source>
            <translation>alle Lernenden auf diesem Rechner</translation>
        </message>
        <message>
            <source>csv or json (default: from the --out file's extension, else csv)</source>
            <translation>csv oder json (Standard: nach der Endung der --out-Datei, sonst csv)</translation>
        </message>
        <message>
            <source>write to FILE, replacing it atomically (default: standard output)</source>
            <translation>in FILE schreiben und sie dabei in einem Schritt ersetzen (Standard: Standardausgabe)</translation>
        </message>
        <message>
            <source>folders</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>where progress is kept (default: $QUIZAPP_DATA_DIR, portable mode's data/, or the user data folder)</source>
            <translation>wo der Lernstand gespeichert wird (Standard: $QUIZAPP_DATA_DIR, data/ im portablen Modus, oder der Datenordner des Benutzers)</translation>
        </message>
        <message>
            <source>where parsed banks are cached (default: $QUIZAPP_CACHE_DIR, portable mode's data/cache/, or the user cache)</source>
            <translation>wo gelesene Fragenkataloge zwischengespeichert werden (Standard: $QUIZAPP_CACHE_DIR, data/cache/ im portablen Modus, oder der Cache des Benutzers)</translation>
        </message>
        <message>
            <source>also look for banks here (repeatable; also $QUIZAPP_BANK_PATH)</source>
            <translation>auch hier nach Fragenkatalogen suchen (mehrfach möglich; auch $QUIZAPP_BANK_PATH)</translation>
        </message>
        <message>
            <source>Talk to a Learning Record Store (xAPI 1.0.3). The endpoint and credentials come from the options, else the preset's `lrs:`, else QUIZAPP_LRS_ENDPOINT, QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET (prefer the variables: options show in the process list).</source>
            <translation>Mit einem Learning Record Store (xAPI 1.0.3) sprechen. Endpunkt und Zugangsdaten kommen aus den Optionen, sonst aus `lrs:` der Vorlage, sonst aus QUIZAPP_LRS_ENDPOINT, QUIZAPP_LRS_KEY und QUIZAPP_LRS_SECRET (besser die Variablen: Optionen sind in der Prozessliste zu sehen).</translation>
        </message>
        <message>
            <source>send or check</source>
            <translation>send (senden) oder check (prüfen)</translation>
        </message>
        <message>
            <source>send every attempt in RESULTS_DIR (again is harmless)</source>
            <translation>jeden Versuch in RESULTS_DIR senden (erneut senden schadet nicht)</translation>
        </message>
        <message>
            <source>Send every results file in RESULTS_DIR as xAPI statements. Statements already in the LRS are not stored again, so it is safe to run as often as you like. Exit status: 0 when everything is in the LRS, 1 otherwise.</source>
            <translation>Jede Ergebnisdatei in RESULTS_DIR als xAPI-Statements senden. Statements, die schon im LRS sind, werden nicht noch einmal gespeichert; Sie können den Befehl also beliebig oft ausführen. Rückgabewert: 0, wenn alles im LRS ist, sonst 1.</translation>
        </message>
        <message>
            <source>the folder of results files</source>
            <translation>der Ordner mit den Ergebnisdateien</translation>
        </message>
        <message>
            <source>test the endpoint and the key and secret</source>
            <translation>Endpunkt, Schlüssel und Geheimnis testen</translation>
        </message>
        <message>
            <source>Ask the LRS whether it answers and accepts the key. Exit status 0 or 1.</source>
            <translation>Den LRS fragen, ob er antwortet und den Schlüssel annimmt. Rückgabewert 0 oder 1.</translation>
        </message>
        <message>
            <source>the LRS's xAPI endpoint root</source>
            <translation>die Basisadresse des xAPI-Endpunkts des LRS</translation>
        </message>
        <message>
            <source>the LRS key (default: $QUIZAPP_LRS_KEY)</source>
            <translation>der Schlüssel für den LRS (Standard: $QUIZAPP_LRS_KEY)</translation>
        </message>
        <message>
            <source>the LRS secret (default: $QUIZAPP_LRS_SECRET)</source>
            <translation>das Geheimnis für den LRS (Standard: $QUIZAPP_LRS_SECRET)</translation>
        </message>
        <message>
            <source>the preset whose `lrs:` to use (default: the one the results name, if it is here)</source>
            <translation>die Vorlage, deren `lrs:` gilt (Standard: die in den Ergebnissen genannte, wenn sie hier ist)</translation>
        </message>
        <message>
            <source>the school's web address for learners' accounts</source>
            <translation>die Webadresse der Schule für die Konten der Lernenden</translation>
        </message>
        <message>
            <source>merge a classroom results folder into a report for the browser</source>
            <translation>einen Ergebnisordner aus dem Unterricht zu einem Bericht für den Browser zusammenführen</translation>
        </message>
        <message>
            <source>Merge the results files in RESULTS_DIR (and its subfolders) into one report: per learner, per question (facility, discrimination, time), flagged questions and charts. Copies of the same attempt count once; unreadable files are listed. Exit status: 0, or 1 when RESULTS_DIR is not a folder or the report cannot be written.</source>
            <translation>Die Ergebnisdateien in RESULTS_DIR (und seinen Unterordnern) zu einem Bericht zusammenführen: je lernender Person, je Frage (Lösungsquote, Trennschärfe, Zeit), markierte Fragen und Diagramme. Kopien desselben Versuchs zählen einmal; nicht lesbare Dateien werden aufgelistet. Rückgabewert: 0, oder 1, wenn RESULTS_DIR kein Ordner ist oder der Bericht nicht geschrieben werden kann.</translation>
        </message>
        <message>
            <source>where to write the HTML report (default: report.html in the current folder)</source>
            <translation>wohin der HTML-Bericht geschrieben wird (Standard: report.html im aktuellen Ordner)</translation>
        </message>
        <message>
            <source>also write the learner and question tables as CSV</source>
            <translation>auch die Tabellen der Lernenden und der Fragen als CSV schreiben</translation>
        </message>
        <message>
            <source>check question banks and report every mistake</source>
            <translation>Fragenkataloge prüfen und jeden Fehler melden</translation>
        </message>
        <message>
            <source>Check bank files and classroom presets (*.preset.yaml). With no PATH, every bank on the search path. Exit status: 0 when there are no errors, 1 when there are.</source>
            <translation>Fragenkataloge und Vorlagen für den Unterricht (*.preset.yaml) prüfen. Ohne PATH alle Fragenkataloge im Suchpfad. Rückgabewert: 0 ohne Fehler, 1 mit Fehlern.</translation>
        </message>
        <message>
            <source>bank files, classroom presets (*.preset.yaml), or folders holding them</source>
            <translation>Fragenkataloge, Vorlagen (*.preset.yaml) oder Ordner, die sie enthalten</translation>
        </message>
        <message>
            <source>treat warnings as errors</source>
            <translation>Warnungen wie Fehler behandeln</translation>
        </message>
        <message>
            <source>text: one file:line:col: message a line (default); json: the same, for tools</source>
            <translation>text: je Zeile eine Meldung Datei:Zeile:Spalte: Meldung (Standard); json: dasselbe, für Werkzeuge</translation>
        </message>
        <message>
            <source>also list the passages of each bank's source text that no question cites</source>
            <translation>auch die Abschnitte des Ausgangstextes jedes Fragenkatalogs auflisten, die keine Frage zitiert</translation>
        </message>
        <message>
            <source>our question bank (.yaml, .yml)</source>
            <translation>unser Fragenkatalog (.yaml, .yml)</translation>
        </message>
        <message>
            <source>Moodle XML (.xml)</source>
            <translation>Moodle XML (.xml)</translation>
        </message>
        <message>
            <source>GIFT (.gift, .gift.txt)</source>
            <translation>GIFT (.gift, .gift.txt)</translation>
        </message>
        <message>
            <source>Aiken (--from aiken; any .txt)</source>
            <translation>Aiken (--from aiken; jede .txt)</translation>
        </message>
        <message>
            <source>CSV, one question per row (.csv)</source>
            <translation>CSV, eine Frage je Zeile (.csv)</translation>
        </message>
        <message>
            <source>Anki notes as text (.txt with #separator / #html headers)</source>
            <translation>Anki-Notizen als Text (.txt mit Kopfzeilen #separator / #html)</translation>
        </message>
        <message>
            <source>Anki package (.apkg)</source>
            <translation>Anki-Paket (.apkg)</translation>
        </message>
        <message>
            <source>a printable exam (.pdf, export only)</source>
            <translation>eine druckbare Prüfung (.pdf, nur Ausgabe)</translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message>
            <source>a quizapp bank</source>
            <translation>quizapp-Fragenkatalog</translation>
        </message>
        <message>
            <source>Anki notes</source>
            <translation>Anki-Notizen</translation>
        </message>
        <message>
            <source>an Anki package</source>
            <translation>Anki-Paket</translation>
        </message>
        <message>
            <source>a printable exam</source>
            <translation>druckbare Prüfung</translation>
        </message>
        <message>
            <source>cannot tell the format from the name; add --from FORMAT (one of {formats}; a .txt is Aiken with --from aiken)</source>
            <translation>das Format ist am Namen nicht zu erkennen; geben Sie --from FORMAT an (eines von {formats}; eine .txt ist Aiken mit --from aiken)</translation>
        </message>
        <message>
            <source>cannot tell the format from the name; add --to FORMAT (one of {formats})</source>
            <translation>das Format ist am Namen nicht zu erkennen; geben Sie --to FORMAT an (eines von {formats})</translation>
        </message>
        <message>
            <source>cannot write: {why}</source>
            <translation>kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>read as {encoding}</source>
            <translation>gelesen als {encoding}</translation>
        </message>
        <message>
            <source>image extracted</source>
            <translation>Bild herausgelöst</translation>
        </message>
        <message>
            <source>{file}: nothing could be converted</source>
            <translation>{file}: Es konnte nichts umgewandelt werden</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n question(s) written as {format}</source>
            <translation>
                <numerusform>{file}: %n Frage als {format} geschrieben</numerusform>
                <numerusform>{file}: %n Fragen als {format} geschrieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time left for the quiz</source>
            <translation>Restzeit für das Quiz</translation>
        </message>
        <message>
            <source>Time left for the question</source>
            <translation>Restzeit für die Frage</translation>
        </message>
        <message>
            <source>Quiz time label</source>
            <translation>Beschriftung der Quizzeit</translation>
        </message>
        <message>
            <source>Question time label</source>
            <translation>Beschriftung der Fragenzeit</translation>
        </message>
        <message>
            <source>Quiz time warning</source>
            <translation>Warnung zur Quizzeit</translation>
        </message>
        <message>
            <source>Question time warning</source>
            <translation>Warnung zur Fragenzeit</translation>
        </message>
        <message>
            <source>Says when one minute and ten seconds are left</source>
            <translation>Sagt an, wenn noch eine Minute und zehn Sekunden bleiben</translation>
        </message>
        <message>
            <source>One minute left for the quiz.</source>
            <translation>Noch eine Minute für das Quiz.</translation>
        </message>
        <message>
            <source>Ten seconds left for the quiz.</source>
            <translation>Noch zehn Sekunden für das Quiz.</translation>
        </message>
        <message>
            <source>One minute left for the question.</source>
            <translation>Noch eine Minute für die Frage.</translation>
        </message>
        <message>
            <source>Ten seconds left for the question.</source>
            <translation>Noch zehn Sekunden für die Frage.</translation>
        </message>
    </context>
    <context>
        <name>DraftCommand</name>
        <message numerus="yes">
            <source>{file}: wrote %n draft question(s) citing {covered} of {passages} passages. Read each against the text, then run `quizapp validate {file} --coverage`.</source>
            <translation>
                <numerusform>{file}: %n Entwurfsfrage geschrieben, sie zitiert {covered} von {passages} Abschnitten. Lesen Sie sie mit dem Text zusammen durch und führen Sie dann `quizapp validate {file} --coverage` aus.</numerusform>
                <numerusform>{file}: %n Entwurfsfragen geschrieben, sie zitieren {covered} von {passages} Abschnitten. Lesen Sie jede mit dem Text zusammen durch und führen Sie dann `quizapp validate {file} --coverage` aus.</numerusform>
            </translation>
        </message>
        <message>
            <source>there are no drafting rules for the language '{language}' yet; use {languages}</source>
            <translation>für die Sprache '{language}' gibt es noch keine Entwurfsregeln; verwenden Sie {languages}</translation>
        </message>
        <message>
            <source>--questions must be 1 or more</source>
            <translation>--questions muss 1 oder mehr sein</translation>
        </message>
        <message>
            <source>the file exists; pass --force to replace it, or --out</source>
            <translation>die Datei gibt es schon; ersetzen Sie sie mit --force, oder wählen Sie mit --out eine andere</translation>
        </message>
        <message>
            <source>this is not a regular file; choose another --out</source>
            <translation>das ist keine gewöhnliche Datei; wählen Sie ein anderes --out</translation>
        </message>
        <message>
            <source>found nothing to ask about in this text</source>
            <translation>in diesem Text gibt es nichts zu fragen</translation>
        </message>
        <message>
            <source>cannot write the bank: {why}</source>
            <translation>der Fragenkatalog kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>the draft does not pass the checker:</source>
            <translation>der Entwurf besteht die Prüfung nicht:</translation>
        </message>
        <message>
            <source>a bank can only quote a text in its own folder or below; write it into {folder} or a folder above it</source>
            <translation>ein Fragenkatalog kann nur einen Text in seinem eigenen Ordner oder darunter zitieren; schreiben Sie ihn nach {folder} oder in einen Ordner darüber</translation>
        </message>
    </context>
    <context>
        <name>DraftPage</name>
        <message>
            <source>Draft a bank from a text</source>
            <translation>Fragenkatalog aus einem Text entwerfen</translation>
        </message>
        <message>
            <source>Read each draft question against its highlighted quote; untick the ones to drop.</source>
            <translation>Prüfen Sie jeden Fragenentwurf an seinem hervorgehobenen Zitat; entfernen Sie den Haken bei denen, die wegfallen sollen.</translation>
        </message>
        <message>
            <source>Draft summary</source>
            <translation>Zusammenfassung des Entwurfs</translation>
        </message>
        <message>
            <source>Draft questions</source>
            <translation>Fragenentwürfe</translation>
        </message>
        <message>
            <source>Each draft question; the box says whether it is kept. Space ticks or unticks it.</source>
            <translation>Jeder Fragenentwurf; das Kästchen zeigt, ob er behalten wird. Die Leertaste setzt oder entfernt den Haken.</translation>
        </message>
        <message>
            <source>Source text</source>
            <translation>Quelltext</translation>
        </message>
        <message>
            <source>The text; the chosen question's quote is highlighted</source>
            <translation>Der Text; das Zitat der gewählten Frage ist hervorgehoben</translation>
        </message>
        <message>
            <source>Choose a text… ({key})</source>
            <translation>Text wählen… ({key})</translation>
        </message>
        <message>
            <source>Pick another .txt file to draft from</source>
            <translation>Eine andere .txt-Datei für den Entwurf wählen</translation>
        </message>
        <message>
            <source>Save kept questions ({key})</source>
            <translation>Behaltene Fragen speichern ({key})</translation>
        </message>
        <message>
            <source>Write the kept questions as a bank into your banks folder</source>
            <translation>Die behaltenen Fragen als Fragenkatalog in Ihren Ordner für Fragenkataloge schreiben</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Zurück ({key})</translation>
        </message>
        <message>
            <source>Leave without saving</source>
            <translation>Ohne Speichern verlassen</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Texts (*.txt)</source>
            <translation>Texte (*.txt)</translation>
        </message>
        <message>
            <source>Drafting from {name}…</source>
            <translation>Entwurf aus {name}…</translation>
        </message>
        <message>
            <source>No draft from this text</source>
            <translation>Kein Entwurf aus diesem Text</translation>
        </message>
        <message>
            <source>{path}: {error}</source>
            <translation>{path}: {error}</translation>
        </message>
        <message>
            <source>Answer: {answer}</source>
            <translation>Antwort: {answer}</translation>
        </message>
        <message>
            <source>{draft_questions} from {name}: {kept} kept.</source>
            <translation>{draft_questions} aus {name}: {kept} behalten.</translation>
        </message>
        <message>
            <source>Nothing to ask about was found in {name}.</source>
            <translation>In {name} wurde nichts gefunden, wonach man fragen könnte.</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>Entwurf gespeichert</translation>
        </message>
        <message>
            <source>{name} is in your banks folder ({parent}). Its questions are marked as drafts: check and edit them, then remove the `draft` tags.</source>
            <translation>{name} liegt in Ihrem Ordner für Fragenkataloge ({parent}). Die Fragen sind als Entwürfe markiert: Prüfen und bearbeiten Sie sie und entfernen Sie dann die Schlagwörter `draft`.</translation>
        </message>
        <message>
            <source>The draft cannot be saved</source>
            <translation>Der Entwurf kann nicht gespeichert werden</translation>
        </message>
    </context>
    <context>
        <name>DraftingPage</name>
        <message>
            <source>Draft a bank from a text</source>
            <translation>Fragenkatalog aus einem Text entwerfen</translation>
        </message>
        <message>
            <source>Texts (*.txt)</source>
            <translation>Texte (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>EndPage</name>
        <message>
            <source>Done: your answers are saved</source>
            <translation>Fertig: Deine Antworten sind gespeichert</translation>
        </message>
        <message>
            <source>Time is up: your answers are saved</source>
            <translation>Die Zeit ist um: Deine Antworten sind gespeichert</translation>
        </message>
        <message>
            <source>You left the quiz: the answers you gave are saved</source>
            <translation>Du hast das Quiz verlassen: Deine Antworten sind gespeichert</translation>
        </message>
        <message>
            <source>Next learner ({key})</source>
            <translation>Nächste Person ({key})</translation>
        </message>
        <message>
            <source>Next learner</source>
            <translation>Nächste Person</translation>
        </message>
        <message>
            <source>Clear the screen for the next learner</source>
            <translation>Den Bildschirm für die nächste Person leeren</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Here is how you did. Press Enter when you are done, for the next learner.</source>
            <translation>So ist es dir ergangen. Drücke die Eingabetaste, wenn du fertig bist, für die nächste Person.</translation>
        </message>
        <message>
            <source>Your teacher will see your results. Press Enter for the next learner.</source>
            <translation>Deine Lehrkraft sieht deine Ergebnisse. Drücke die Eingabetaste für die nächste Person.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Sorry, something went wrong inside quizapp. Your answers so far are saved. The details were written to {file}; please pass that file on to whoever looks after quizapp here.</source>
            <translation>Entschuldigung, in quizapp ist etwas schiefgegangen. Die bisherigen Antworten sind gespeichert. Die Einzelheiten stehen in {file}; bitte gib diese Datei an die Person weiter, die quizapp hier betreut.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>quizapp export: no learner called {name} in {folder}. Learners: {names}.</source>
            <translation>quizapp export: In {folder} gibt es keine lernende Person namens {name}. Lernende: {names}.</translation>
        </message>
        <message>
            <source>quizapp export: the progress file {file} is damaged ({reason}). Start quizapp once: it repairs the file from its newest backup.</source>
            <translation>quizapp export: Die Lernstandsdatei {file} ist beschädigt ({reason}). Starten Sie quizapp einmal: Es repariert die Datei aus der neuesten Sicherung.</translation>
        </message>
        <message>
            <source>quizapp export: cannot write {problem}</source>
            <translation>quizapp export: kann nicht schreiben: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n learner(s) to {file} ({format}).</source>
            <translation>
                <numerusform>Daten von %n Person in {file} geschrieben ({format}).</numerusform>
                <numerusform>Daten von %n Personen in {file} geschrieben ({format}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Right</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Time ran out</source>
            <translation>Zeit abgelaufen</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
        </message>
        <message>
            <source>Partly right ({score})</source>
            <translation>Teilweise richtig ({score})</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>Nicht richtig</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Rückmeldung</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Deine Antwort</translation>
        </message>
        <message>
            <source>Correct answer</source>
            <translation>Richtige Antwort</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>From the source text</source>
            <translation>Aus dem Quelltext</translation>
        </message>
        <message>
            <source>Show in text ({key})</source>
            <translation>Im Text zeigen ({key})</translation>
        </message>
        <message>
            <source>Show in text</source>
            <translation>Im Text zeigen</translation>
        </message>
        <message>
            <source>Open the source text at this passage, highlighted</source>
            <translation>Den Quelltext an dieser Stelle öffnen, hervorgehoben</translation>
        </message>
        <message>
            <source>Your answer: {answer}</source>
            <translation>Deine Antwort: {answer}</translation>
        </message>
        <message>
            <source>Correct answer:</source>
            <translation>Richtige Antwort:</translation>
        </message>
        <message>
            <source>From the text: “{source_quote}”</source>
            <translation>Aus dem Text: „{source_quote}“</translation>
        </message>
    </context>
    <context>
        <name>HtmlReport</name>
        <message>
            <source>no results yet</source>
            <translation>noch keine Ergebnisse</translation>
        </message>
        <message>
            <source>en</source>
            <comment>the language code of this translation, for the browser</comment>
            <translation>de</translation>
        </message>
        <message>
            <source>Class report — {titles}</source>
            <translation>Klassenbericht — {titles}</translation>
        </message>
        <message>
            <source>From {folder}, made {when}.</source>
            <translation>Aus {folder}, erstellt am {when}.</translation>
        </message>
        <message>
            <source>attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>mean score</source>
            <translation>Mittelwert</translation>
        </message>
        <message>
            <source>median score</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>{files} read; {duplicates} ignored (copies of an attempt already counted).</source>
            <translation>{files} gelesen; {duplicates} übergangen (Kopien eines bereits gezählten Versuchs).</translation>
        </message>
        <message>
            <source>attempt {id} ({learners}): {files}</source>
            <translation>Versuch {id} ({learners}): {files}</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two file names</comment>
            <translation> und </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s) with conflicting copies — not counted</source>
            <translation>
                <numerusform>%n Versuch mit widersprüchlichen Kopien — nicht gezählt</numerusform>
                <numerusform>%n Versuche mit widersprüchlichen Kopien — nicht gezählt</numerusform>
            </translation>
        </message>
        <message>
            <source>These files hold the same attempt with different content. Neither copy is counted: find out which one is real, and remove the other.</source>
            <translation>Diese Dateien enthalten denselben Versuch mit unterschiedlichem Inhalt. Keine der Kopien wird gezählt: Finden Sie heraus, welche echt ist, und entfernen Sie die andere.</translation>
        </message>
        <message>
            <source>Number of finished attempts per score band of 10%</source>
            <translation>Anzahl abgeschlossener Versuche je Ergebnisbereich von 10 %</translation>
        </message>
        <message>
            <source>Facility index of each question (mean score)</source>
            <translation>Lösungsquote jeder Frage (mittleres Ergebnis)</translation>
        </message>
        <message>
            <source>(facility {facility}, discrimination {discrimination}, {attempts})</source>
            <translation>(Lösungsquote {facility}, Trennschärfe {discrimination}, {attempts})</translation>
        </message>
        <message>
            <source>Learner</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Best</source>
            <translation>Bestes</translation>
        </message>
        <message>
            <source>Last</source>
            <translation>Letztes</translation>
        </message>
        <message>
            <source>Time (last)</source>
            <translation>Zeit (letzter)</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Zusatzzeit</translation>
        </message>
        <message>
            <source>Machines</source>
            <translation>Rechner</translation>
        </message>
        <message>
            <source>(no time limit)</source>
            <translation>(ohne Zeitlimit)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Prompt</source>
            <translation>Fragetext</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Lösungsquote</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Trennschärfe</translation>
        </message>
        <message>
            <source>Median time</source>
            <translation>Median der Zeit</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>The mean score on the question: 100% means everyone got it right. Flagged &lt;i&gt;too easy&lt;/i&gt; above {easy}% and &lt;i&gt;too hard&lt;/i&gt; below {hard}%.</source>
            <translation>Das mittlere Ergebnis bei dieser Frage: 100 % heißt, alle haben sie richtig beantwortet. Über {easy} % wird sie als &lt;i&gt;zu leicht&lt;/i&gt; markiert, unter {hard} % als &lt;i&gt;zu schwer&lt;/i&gt;.</translation>
        </message>
        <message>
            <source>How well the question separates learners who did well on the rest of the quiz from those who did not: the correlation (−1 to 1) between the score on this question and the score on all the other questions of the same attempt, as Moodle computes it. Above 0.3 is good; near 0 tells little; below 0 is flagged — check the answer key and the wording. Blank when fewer than two attempts asked it, or when everyone scored the same.</source>
            <translation>Wie gut die Frage Lernende, die im übrigen Quiz gut abgeschnitten haben, von den anderen trennt: die Korrelation (−1 bis 1) zwischen dem Ergebnis dieser Frage und dem Ergebnis aller anderen Fragen desselben Versuchs, berechnet wie in Moodle. Über 0,3 ist gut; nahe 0 sagt wenig aus; unter 0 wird markiert — prüfen Sie dann die Lösung und die Formulierung. Leer, wenn weniger als zwei Versuche die Frage enthielten oder alle gleich abgeschnitten haben.</translation>
        </message>
        <message>
            <source>Few attempts</source>
            <translation>Wenige Versuche</translation>
        </message>
        <message>
            <source>With fewer than about ten attempts at a question, its numbers can swing a lot from one learner to the next: read flags on such questions as hints, not verdicts.</source>
            <translation>Bei weniger als etwa zehn Versuchen an einer Frage können ihre Kennzahlen von einer Person zur nächsten stark schwanken: Markierungen an solchen Fragen sind Hinweise, keine Urteile.</translation>
        </message>
        <message>
            <source>Attempts that were left, or stopped by a crash or a machine turned off. They count for the learner but not in the question numbers.</source>
            <translation>Versuche, die verlassen oder durch einen Absturz oder ausgeschalteten Rechner beendet wurden. Sie zählen für die lernende Person, aber nicht in den Kennzahlen der Fragen.</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>{file}, Zeile {line}</translation>
        </message>
    </context>
    <context>
        <name>LearnersPage</name>
        <message>
            <source>Who are you?</source>
            <translation>Wer bist du?</translation>
        </message>
        <message>
            <source>Pick your name and press Enter, or add yourself. Your progress is kept on this computer.</source>
            <translation>Wähle deinen Namen und drücke die Eingabetaste, oder trage dich neu ein. Dein Lernstand wird auf diesem Rechner gespeichert.</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Everyone who uses quizapp here; Enter continues as the selected learner</source>
            <translation>Alle, die quizapp hier nutzen; die Eingabetaste macht mit der gewählten Person weiter</translation>
        </message>
        <message>
            <source>Learners heading</source>
            <translation>Überschrift Lernende</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Dein Name</translation>
        </message>
        <message>
            <source>New learner's name</source>
            <translation>Name der neuen Person</translation>
        </message>
        <message>
            <source>Type a name and press Enter to add a learner</source>
            <translation>Gib einen Namen ein und drücke die Eingabetaste, um eine Person hinzuzufügen</translation>
        </message>
        <message>
            <source>Add learner</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <source>Add a learner with the name typed</source>
            <translation>Eine Person mit dem eingegebenen Namen hinzufügen</translation>
        </message>
        <message>
            <source>Selected learner</source>
            <translation>Gewählte Person</translation>
        </message>
        <message>
            <source>Continue ({key})</source>
            <translation>Weiter ({key})</translation>
        </message>
        <message>
            <source>Go to the library as this learner</source>
            <translation>Als diese Person zur Bibliothek gehen</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>Nicht beendetes Quiz</translation>
        </message>
        <message>
            <source>Resume quiz ({key})</source>
            <translation>Quiz fortsetzen ({key})</translation>
        </message>
        <message>
            <source>Continue the unfinished quiz where it stopped</source>
            <translation>Das nicht beendete Quiz dort fortsetzen, wo es aufgehört hat</translation>
        </message>
        <message>
            <source>Resume quiz</source>
            <translation>Quiz fortsetzen</translation>
        </message>
        <message>
            <source>Discard it</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>End the unfinished quiz; the answers given so far are kept</source>
            <translation>Das nicht beendete Quiz beenden; die bisherigen Antworten bleiben erhalten</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings heading</source>
            <translation>Überschrift Einstellungen</translation>
        </message>
        <message>
            <source>Extra time factor</source>
            <translation>Faktor für Zusatzzeit</translation>
        </message>
        <message>
            <source>1 means no extra time; 1.5 gives half as much time again on every limit</source>
            <translation>1 bedeutet keine Zusatzzeit; 1,5 gibt bei jedem Zeitlimit die Hälfte dazu</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Schriftgröße</translation>
        </message>
        <message>
            <source>Text size for this learner; Ctrl+plus and Ctrl+minus change it too</source>
            <translation>Schriftgröße für diese Person; Strg+Plus und Strg+Minus ändern sie auch</translation>
        </message>
        <message>
            <source>E&amp;xtra time:</source>
            <translation>&amp;Zusatzzeit:</translation>
        </message>
        <message>
            <source>&amp;Font size:</source>
            <translation>&amp;Schriftgröße:</translation>
        </message>
        <message>
            <source>The computer's language</source>
            <translation>Sprache des Rechners</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language quizapp speaks to this learner; the computer's by default</source>
            <translation>Die Sprache, in der quizapp mit dieser Person spricht; sonst die des Rechners</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>S&amp;prache:</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Keep these settings for this learner</source>
            <translation>Diese Einstellungen für diese Person speichern</translation>
        </message>
        <message>
            <source>Delete learner…</source>
            <translation>Person löschen…</translation>
        </message>
        <message>
            <source>Delete this learner and all their progress, after asking</source>
            <translation>Diese Person und ihren ganzen Lernstand löschen (nach Rückfrage)</translation>
        </message>
        <message>
            <source>Add yourself to begin</source>
            <translation>Trag dich ein, um zu beginnen</translation>
        </message>
        <message>
            <source>No learner yet</source>
            <translation>Noch keine Person</translation>
        </message>
        <message>
            <source>You have an unfinished {mode} quiz on {banks}: {answers} so far, saved {saved}.</source>
            <translation>Du hast ein nicht beendetes {mode} zu {banks}: bisher {answers}, gespeichert am {saved}.</translation>
        </message>
        <message>
            <source>a quiz</source>
            <translation>ein Quiz</translation>
        </message>
        <message>
            <source>The banks are still loading…</source>
            <translation>Die Fragenkataloge werden noch geladen…</translation>
        </message>
        <message>
            <source>Cannot add this learner</source>
            <translation>Diese Person kann nicht hinzugefügt werden</translation>
        </message>
        <message>
            <source>Cannot save the settings</source>
            <translation>Die Einstellungen können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Settings saved</source>
            <translation>Einstellungen gespeichert</translation>
        </message>
        <message>
            <source>The settings for {name} are saved.</source>
            <translation>Die Einstellungen für {name} sind gespeichert.</translation>
        </message>
        <message>
            <source>Delete learner</source>
            <translation>Person löschen</translation>
        </message>
        <message>
            <source>Delete {name} and all their progress? This cannot be undone.</source>
            <translation>{name} und den ganzen Lernstand löschen? Das kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Cannot delete this learner</source>
            <translation>Diese Person kann nicht gelöscht werden</translation>
        </message>
        <message>
            <source>Cannot discard the quiz</source>
            <translation>Das Quiz kann nicht verworfen werden</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Bank</source>
            <translation>Fragenkatalog</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Last score</source>
            <translation>Letztes Ergebnis</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Loading the banks…</source>
            <translation>Die Fragenkataloge werden geladen…</translation>
        </message>
        <message>
            <source>Unfinished quiz</source>
            <translation>Nicht beendetes Quiz</translation>
        </message>
        <message>
            <source>Resume ({key})</source>
            <translation>Fortsetzen ({key})</translation>
        </message>
        <message>
            <source>Continue the unfinished quiz where it stopped</source>
            <translation>Das nicht beendete Quiz dort fortsetzen, wo es aufgehört hat</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Loading the banks</source>
            <translation>Die Fragenkataloge werden geladen</translation>
        </message>
        <message>
            <source>Question banks</source>
            <translation>Fragenkataloge</translation>
        </message>
        <message>
            <source>Every bank found; Enter sets up a quiz on the selected one</source>
            <translation>Alle gefundenen Fragenkataloge; die Eingabetaste richtet ein Quiz zum gewählten ein</translation>
        </message>
        <message>
            <source>Bank title</source>
            <translation>Titel des Fragenkatalogs</translation>
        </message>
        <message>
            <source>About this bank</source>
            <translation>Über diesen Fragenkatalog</translation>
        </message>
        <message>
            <source>Bank file</source>
            <translation>Datei des Fragenkatalogs</translation>
        </message>
        <message>
            <source>Problems in this bank</source>
            <translation>Probleme in diesem Fragenkatalog</translation>
        </message>
        <message>
            <source>Each problem as file:line:column: message</source>
            <translation>Jedes Problem als Datei:Zeile:Spalte: Meldung</translation>
        </message>
        <message>
            <source>Set up a quiz ({key})</source>
            <translation>Quiz einrichten ({key})</translation>
        </message>
        <message>
            <source>Choose mode, size and time for a quiz on this bank</source>
            <translation>Modus, Umfang und Zeit für ein Quiz zu diesem Fragenkatalog wählen</translation>
        </message>
        <message>
            <source>Set up a quiz</source>
            <translation>Quiz einrichten</translation>
        </message>
        <message>
            <source>Quick practice ({key})</source>
            <translation>Schnell üben ({key})</translation>
        </message>
        <message>
            <source>Start a 10-question practice quiz now</source>
            <translation>Jetzt ein Übungsquiz mit 10 Fragen starten</translation>
        </message>
        <message>
            <source>Quick practice</source>
            <translation>Schnell üben</translation>
        </message>
        <message>
            <source>Read the text ({key})</source>
            <translation>Den Text lesen ({key})</translation>
        </message>
        <message>
            <source>Open the text the questions are built from</source>
            <translation>Den Text öffnen, auf dem die Fragen beruhen</translation>
        </message>
        <message>
            <source>Read the text</source>
            <translation>Den Text lesen</translation>
        </message>
        <message>
            <source>{banks}, {questions}. Pick a bank and press Enter to set up a quiz.</source>
            <translation>{banks}, {questions}. Wähle einen Fragenkatalog und drücke die Eingabetaste, um ein Quiz einzurichten.</translation>
        </message>
        <message>
            <source>{title} (not loaded)</source>
            <translation>{title} (nicht geladen)</translation>
        </message>
        <message>
            <source>same id as another bank</source>
            <translation>gleiche ID wie ein anderer Fragenkatalog</translation>
        </message>
        <message>
            <source>Open the bank to see each problem</source>
            <translation>Den Fragenkatalog öffnen, um jedes Problem zu sehen</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no tags</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>{questions} · tags: {tags}</source>
            <translation>{questions} · Schlagwörter: {tags}</translation>
        </message>
        <message>
            <source>Source: {title}</source>
            <translation>Quelle: {title}</translation>
        </message>
        <message>
            <source>{problems}; {questions} left out:</source>
            <translation>{problems}; {questions} ausgelassen:</translation>
        </message>
        <message>
            <source>{problems}:</source>
            <translation>{problems}:</translation>
        </message>
    </context>
    <context>
        <name>LrsCommand</name>
        <message>
            <source>{folder} is not a folder; give the folder the results were collected in.</source>
            <translation>{folder} ist kein Ordner; geben Sie den Ordner an, in dem die Ergebnisse gesammelt wurden.</translation>
        </message>
        <message>
            <source>{folder} does not exist; give the folder the results were collected in.</source>
            <translation>{folder} gibt es nicht; geben Sie den Ordner an, in dem die Ergebnisse gesammelt wurden.</translation>
        </message>
        <message numerus="yes">
            <source>{attempts} sent: %n statement(s) stored, {already} already there.</source>
            <translation>
                <numerusform>{attempts} gesendet: %n Statement gespeichert, {already} schon vorhanden.</numerusform>
                <numerusform>{attempts} gesendet: %n Statements gespeichert, {already} schon vorhanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>not sent (cannot be read): {file}</source>
            <translation>nicht gesendet (nicht lesbar): {file}</translation>
        </message>
        <message>
            <source>{problem} Run `quizapp lrs send` again to send the rest.</source>
            <translation>{problem} Führen Sie `quizapp lrs send` erneut aus, um den Rest zu senden.</translation>
        </message>
        <message>
            <source>the preset cannot be used ({problems})</source>
            <translation>die Vorlage kann nicht verwendet werden ({problems})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Current learner</source>
            <translation>Angemeldete Person</translation>
        </message>
        <message>
            <source>Library ({key})</source>
            <translation>Bibliothek ({key})</translation>
        </message>
        <message>
            <source>Go to the library of banks</source>
            <translation>Zur Bibliothek der Fragenkataloge</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>Progress ({key})</source>
            <translation>Lernstand ({key})</translation>
        </message>
        <message>
            <source>Charts and history of your quizzes</source>
            <translation>Diagramme und Verlauf deiner Quizze</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Lernstand</translation>
        </message>
        <message>
            <source>Switch learner</source>
            <translation>Person wechseln</translation>
        </message>
        <message>
            <source>Go back to choose who you are ({key})</source>
            <translation>Zurück zur Auswahl, wer du bist ({key})</translation>
        </message>
        <message>
            <source>Smaller text ({key})</source>
            <translation>Kleinere Schrift ({key})</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Kleinere Schrift</translation>
        </message>
        <message>
            <source>Bigger text ({key})</source>
            <translation>Größere Schrift ({key})</translation>
        </message>
        <message>
            <source>Bigger text</source>
            <translation>Größere Schrift</translation>
        </message>
        <message>
            <source>Keys ({key})</source>
            <translation>Tasten ({key})</translation>
        </message>
        <message>
            <source>List every keyboard shortcut</source>
            <translation>Alle Tastenkürzel anzeigen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Teacher…</source>
            <translation>Lehrkraft…</translation>
        </message>
        <message>
            <source>Open a classroom preset, or the class report</source>
            <translation>Eine Vorlage für den Klassenraum oder den Klassenbericht öffnen</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Lehrkraft</translation>
        </message>
        <message>
            <source>Open classroom preset…</source>
            <translation>Vorlage für den Klassenraum öffnen…</translation>
        </message>
        <message>
            <source>Class report…</source>
            <translation>Klassenbericht…</translation>
        </message>
        <message>
            <source>Draft a bank from a text…</source>
            <translation>Fragenkatalog aus einem Text entwerfen…</translation>
        </message>
        <message>
            <source>Learners</source>
            <translation>Lernende</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>The banks could not be loaded</source>
            <translation>Die Fragenkataloge konnten nicht geladen werden</translation>
        </message>
        <message>
            <source>Progress cannot be shown</source>
            <translation>Der Lernstand kann nicht angezeigt werden</translation>
        </message>
        <message>
            <source>Open a classroom preset</source>
            <translation>Vorlage für den Klassenraum öffnen</translation>
        </message>
        <message>
            <source>Classroom presets ({patterns})</source>
            <translation>Vorlagen für den Klassenraum ({patterns})</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>The banks are still loading. Try again in a moment.</source>
            <translation>Die Fragenkataloge werden noch geladen. Versuche es gleich noch einmal.</translation>
        </message>
        <message>
            <source>Answers not saved</source>
            <translation>Antworten nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) could not be saved yet. {problem}

Quit anyway? They will be written to a separate file, and you will be told where.</source>
            <translation>
                <numerusform>%n Antwort konnte noch nicht gespeichert werden. {problem}

Trotzdem beenden? Sie wird in eine eigene Datei geschrieben, und du erfährst, wohin.</numerusform>
                <numerusform>%n Antworten konnten noch nicht gespeichert werden. {problem}

Trotzdem beenden? Sie werden in eine eigene Datei geschrieben, und du erfährst, wohin.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatchWidget</name>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Match for: {left}</source>
            <translation>Passend zu: {left}</translation>
        </message>
        <message>
            <source>Choose what goes with item {n}; press {n} to get here</source>
            <translation>Wähle, was zu Eintrag {n} passt; mit {n} kommst du hierher</translation>
        </message>
        <message>
            <source>Choose what goes with item {n}</source>
            <translation>Wähle, was zu Eintrag {n} passt</translation>
        </message>
        <message>
            <source>1–9 go to an item, ↑/↓ choose its match</source>
            <translation>1–9 springt zu einem Eintrag, ↑/↓ wählt das Passende</translation>
        </message>
        <message>
            <source>Pairs to match</source>
            <translation>Zuzuordnende Paare</translation>
        </message>
    </context>
    <context>
        <name>NamePage</name>
        <message>
            <source>Instructions</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <source>Type your name</source>
            <translation>Gib deinen Namen ein</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Dein Name</translation>
        </message>
        <message>
            <source>Type your name, or the start of it to pick your profile, and press Enter</source>
            <translation>Gib deinen Namen oder seinen Anfang ein, um dein Profil zu wählen, und drücke die Eingabetaste</translation>
        </message>
        <message>
            <source>Start ({key})</source>
            <translation>Starten ({key})</translation>
        </message>
        <message>
            <source>Start the quiz with this name</source>
            <translation>Das Quiz mit diesem Namen starten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Dein &amp;Name:</translation>
        </message>
        <message>
            <source>Why the quiz cannot start</source>
            <translation>Warum das Quiz nicht starten kann</translation>
        </message>
        <message>
            <source>Checking your earlier results…</source>
            <translation>Deine früheren Ergebnisse werden geprüft…</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Bitte warten</translation>
        </message>
        <message>
            <source>Type your name first, then press Enter.</source>
            <translation>Gib zuerst deinen Namen ein und drücke dann die Eingabetaste.</translation>
        </message>
    </context>
    <context>
        <name>OrderWidget</name>
        <message>
            <source>Items to put in order</source>
            <translation>Zu ordnende Einträge</translation>
        </message>
        <message>
            <source>Put the items in the right order, first at the top: select one and press Alt+Up or Alt+Down to move it, or drag it</source>
            <translation>Bring die Einträge in die richtige Reihenfolge, den ersten nach oben: Wähle einen und verschiebe ihn mit Alt+Pfeil hoch oder Alt+Pfeil runter, oder zieh ihn</translation>
        </message>
        <message>
            <source>Move up ({key})</source>
            <translation>Nach oben ({key})</translation>
        </message>
        <message>
            <source>Move down ({key})</source>
            <translation>Nach unten ({key})</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move the selected item one place up</source>
            <translation>Den gewählten Eintrag eine Stelle nach oben verschieben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Move the selected item one place down</source>
            <translation>Den gewählten Eintrag eine Stelle nach unten verschieben</translation>
        </message>
        <message>
            <source>1–9 select an item, Alt+↑/↓ move it</source>
            <translation>1–9 wählt einen Eintrag, Alt+↑/↓ verschiebt ihn</translation>
        </message>
    </context>
    <context>
        <name>OutboxLine</name>
        <message>
            <source>Results waiting to be delivered</source>
            <translation>Ergebnisse, die auf Zustellung warten</translation>
        </message>
        <message>
            <source>Why they wait</source>
            <translation>Warum sie warten</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Erneut versuchen</translation>
        </message>
        <message>
            <source>Deliver the waiting results to the results folder now</source>
            <translation>Die wartenden Ergebnisse jetzt in den Ergebnisordner zustellen</translation>
        </message>
        <message>
            <source>Show the list…</source>
            <translation>Liste anzeigen…</translation>
        </message>
        <message>
            <source>List the results that wait on this computer</source>
            <translation>Die Ergebnisse anzeigen, die auf diesem Rechner warten</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) waiting to be delivered.</source>
            <translation>
                <numerusform>%n Ergebnis wartet auf Zustellung.</numerusform>
                <numerusform>%n Ergebnisse warten auf Zustellung.</numerusform>
            </translation>
        </message>
        <message>
            <source>No results folder.</source>
            <translation>Kein Ergebnisordner.</translation>
        </message>
        <message>
            <source>The results folder {folder} is not there (yet). Results will wait on this computer and be delivered when it is.</source>
            <translation>Der Ergebnisordner {folder} ist (noch) nicht da. Die Ergebnisse warten auf diesem Rechner und werden zugestellt, sobald er da ist.</translation>
        </message>
        <message>
            <source>Results waiting for the LRS.</source>
            <translation>Ergebnisse warten auf den LRS.</translation>
        </message>
        <message>
            <source>interrupted {when}</source>
            <translation>abgebrochen {when}</translation>
        </message>
        <message>
            <source>finished {when}</source>
            <translation>abgeschlossen {when}</translation>
        </message>
        <message>
            <source>(kept in memory only: the outbox cannot be written)</source>
            <translation>(nur im Arbeitsspeicher: der Postausgang kann nicht geschrieben werden)</translation>
        </message>
        <message>
            <source>For: {folders}</source>
            <translation>Für: {folders}</translation>
        </message>
        <message>
            <source>Nothing is waiting.</source>
            <translation>Es wartet nichts.</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>Page title</source>
            <translation>Seitentitel</translation>
        </message>
        <message>
            <source>Page description</source>
            <translation>Seitenbeschreibung</translation>
        </message>
    </context>
    <context>
        <name>PrintedExam</name>
        <message>
            <source>%1 · page %2 of %3</source>
            <translation>%1 · Seite %2 von %3</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 Punkt</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 Punkte</translation>
        </message>
        <message>
            <source>True</source>
            <translation>Wahr</translation>
        </message>
        <message>
            <source>False</source>
            <translation>Falsch</translation>
        </message>
        <message>
            <source>Answer:</source>
            <translation>Antwort:</translation>
        </message>
        <message>
            <source>Number the items from 1 (first) to %1 (last).</source>
            <translation>Nummeriere die Einträge von 1 (zuerst) bis %1 (zuletzt).</translation>
        </message>
        <message>
            <source>Tick one answer.</source>
            <translation>Kreuze eine Antwort an.</translation>
        </message>
        <message>
            <source>Tick every right answer.</source>
            <translation>Kreuze alle richtigen Antworten an.</translation>
        </message>
        <message>
            <source>Tick true or false.</source>
            <translation>Kreuze wahr oder falsch an.</translation>
        </message>
        <message>
            <source>Write your answer on the line.</source>
            <translation>Schreib deine Antwort auf die Linie.</translation>
        </message>
        <message>
            <source>Write a number.</source>
            <translation>Schreib eine Zahl.</translation>
        </message>
        <message>
            <source>Write the letter of the matching item in each box.</source>
            <translation>Schreib in jedes Kästchen den Buchstaben des passenden Eintrags.</translation>
        </message>
        <message>
            <source>Answer key</source>
            <translation>Lösungen</translation>
        </message>
        <message>
            <source>source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>(also accepted: %1)</source>
            <translation>(auch richtig: %1)</translation>
        </message>
        <message>
            <source>From the top: %1</source>
            <translation>Von oben: %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>Begründung: %1</translation>
        </message>
        <message>
            <source>Source: “%1”</source>
            <translation>Quelle: „%1“</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Progress</source>
            <translation>Lernstand</translation>
        </message>
        <message>
            <source>Reading your progress</source>
            <translation>Dein Lernstand wird gelesen</translation>
        </message>
        <message>
            <source>Progress views</source>
            <translation>Ansichten des Lernstands</translation>
        </message>
        <message>
            <source>Charts, and the history of attempts; Ctrl+Tab switches</source>
            <translation>Diagramme und der Verlauf der Versuche; Strg+Tab wechselt</translation>
        </message>
        <message>
            <source>Scores over time</source>
            <translation>Ergebnisse im Zeitverlauf</translation>
        </message>
        <message>
            <source>Your score in each finished quiz</source>
            <translation>Dein Ergebnis in jedem abgeschlossenen Quiz</translation>
        </message>
        <message>
            <source>Accuracy per tag</source>
            <translation>Trefferquote je Schlagwort</translation>
        </message>
        <message>
            <source>Share of right answers per tag</source>
            <translation>Anteil richtiger Antworten je Schlagwort</translation>
        </message>
        <message>
            <source>Weakest questions</source>
            <translation>Schwächste Fragen</translation>
        </message>
        <message>
            <source>Questions you miss most often</source>
            <translation>Fragen, die du am häufigsten falsch beantwortest</translation>
        </message>
        <message>
            <source>Questions due</source>
            <translation>Fällige Fragen</translation>
        </message>
        <message>
            <source>Questions due for review, per bank</source>
            <translation>Zur Wiederholung fällige Fragen, je Fragenkatalog</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>&amp;Diagramme</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Banks</source>
            <translation>Fragenkataloge</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Attempt history</source>
            <translation>Verlauf der Versuche</translation>
        </message>
        <message>
            <source>Every quiz, newest first; Enter opens it in review</source>
            <translation>Jedes Quiz, das neueste zuerst; die Eingabetaste öffnet es zur Durchsicht</translation>
        </message>
        <message>
            <source>Open in review ({key})</source>
            <translation>Durchsehen ({key})</translation>
        </message>
        <message>
            <source>Review the selected attempt question by question</source>
            <translation>Den gewählten Versuch Frage für Frage durchsehen</translation>
        </message>
        <message>
            <source>Open in review</source>
            <translation>Durchsehen</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>Reading your progress…</source>
            <translation>Dein Lernstand wird gelesen…</translation>
        </message>
        <message>
            <source>Progress: {name}</source>
            <translation>Lernstand: {name}</translation>
        </message>
        <message>
            <source>No answers yet. Finish a quiz to see your progress here.</source>
            <translation>Noch keine Antworten. Schließe ein Quiz ab, um hier deinen Lernstand zu sehen.</translation>
        </message>
        <message>
            <source>{answers}, {accuracy} right · {days} in a row (best {longest_days}) · {due_now} due for review now</source>
            <translation>{answers}, {accuracy} richtig · {days} in Folge (Rekord {longest_days}) · {due_now} jetzt zur Wiederholung fällig</translation>
        </message>
        <message>
            <source>Scores: {scores}</source>
            <translation>Ergebnisse: {scores}</translation>
        </message>
        <message>
            <source>No finished quizzes yet</source>
            <translation>Noch keine abgeschlossenen Quizze</translation>
        </message>
        <message>
            <source>Nothing yet</source>
            <translation>Noch nichts</translation>
        </message>
        <message>
            <source>@value% missed</source>
            <comment>a bar's label; @value is the number</comment>
            <translation>@value % falsch</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>Laufwerk</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Dateiordner</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Verknüpfung</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Suchen in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Dateien des &amp;Typs:</translation>
        </message>
    </context>
    <context>
        <name>QuestionImage</name>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Picture that cannot be shown</source>
            <translation>Bild, das nicht angezeigt werden kann</translation>
        </message>
        <message>
            <source>Picture: %1</source>
            <translation>Bild: %1</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Question number</source>
            <translation>Fragennummer</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Questions answered</source>
            <translation>Beantwortete Fragen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Points and hints</source>
            <translation>Punkte und Hinweise</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>The clock is stopped. Press Esc or Enter to go on.</source>
            <translation>Die Uhr ist angehalten. Drücke Esc oder die Eingabetaste, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Paused help</source>
            <translation>Hilfe zur Pause</translation>
        </message>
        <message>
            <source>Saving status</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>End quiz ({key})</source>
            <translation>Quiz beenden ({key})</translation>
        </message>
        <message>
            <source>Stop now; answers so far count</source>
            <translation>Jetzt aufhören; die bisherigen Antworten zählen</translation>
        </message>
        <message>
            <source>End quiz</source>
            <translation>Quiz beenden</translation>
        </message>
        <message>
            <source>Pause ({key})</source>
            <translation>Pause ({key})</translation>
        </message>
        <message>
            <source>Stop the clock and hide the question</source>
            <translation>Die Uhr anhalten und die Frage verbergen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Skip ({key})</source>
            <translation>Überspringen ({key})</translation>
        </message>
        <message>
            <source>Leave this question for later</source>
            <translation>Diese Frage für später aufheben</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Submit ({key})</source>
            <translation>Abgeben ({key})</translation>
        </message>
        <message>
            <source>Submit your answer</source>
            <translation>Deine Antwort abgeben</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Abgeben</translation>
        </message>
        <message>
            <source>Or skip it for now ({key}) and come back.</source>
            <translation>Oder überspring sie vorerst ({key}) und komm später zurück.</translation>
        </message>
        <message>
            <source>No answer given</source>
            <translation>Keine Antwort gegeben</translation>
        </message>
        <message>
            <source>You have not answered this question. Submit it without an answer?{skip}</source>
            <translation>Du hast diese Frage nicht beantwortet. Ohne Antwort abgeben?{skip}</translation>
        </message>
        <message>
            <source>End the quiz?</source>
            <translation>Quiz beenden?</translation>
        </message>
        <message>
            <source>End the quiz now? The answers you gave count; the rest stay unanswered.</source>
            <translation>Das Quiz jetzt beenden? Deine Antworten zählen; der Rest bleibt unbeantwortet.</translation>
        </message>
        <message>
            <source>Question {number} of {total}</source>
            <translation>Frage {number} von {total}</translation>
        </message>
        <message>
            <source>{answered} answered</source>
            <translation>{answered} beantwortet</translation>
        </message>
        <message>
            <source>Resume ({key})</source>
            <translation>Fortsetzen ({key})</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>resume</source>
            <comment>Enter does</comment>
            <translation>fortsetzen</translation>
        </message>
        <message>
            <source>See results ({key})</source>
            <translation>Ergebnisse ansehen ({key})</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Ergebnisse ansehen</translation>
        </message>
        <message>
            <source>see results</source>
            <comment>Enter does</comment>
            <translation>Ergebnisse ansehen</translation>
        </message>
        <message>
            <source>Next ({key})</source>
            <translation>Weiter ({key})</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Nächste Frage</translation>
        </message>
        <message>
            <source>next question</source>
            <comment>Enter does</comment>
            <translation>nächste Frage</translation>
        </message>
        <message>
            <source>submit</source>
            <comment>Enter does</comment>
            <translation>abgeben</translation>
        </message>
        <message>
            <source>pause</source>
            <comment>Esc does</comment>
            <translation>pausieren</translation>
        </message>
        <message>
            <source>leave</source>
            <comment>Esc does</comment>
            <translation>verlassen</translation>
        </message>
        <message>
            <source>resume</source>
            <comment>Esc does</comment>
            <translation>fortsetzen</translation>
        </message>
        <message>
            <source>1 point</source>
            <translation>1 Punkt</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} Punkte</translation>
        </message>
        <message>
            <source>skipped earlier</source>
            <translation>vorhin übersprungen</translation>
        </message>
    </context>
    <context>
        <name>ReaderPage</name>
        <message>
            <source>Source text</source>
            <translation>Quelltext</translation>
        </message>
        <message>
            <source>The text the questions are built from; the quoted passage is highlighted</source>
            <translation>Der Text, auf dem die Fragen beruhen; die zitierte Stelle ist hervorgehoben</translation>
        </message>
        <message>
            <source>Find in the text ({key})</source>
            <translation>Im Text suchen ({key})</translation>
        </message>
        <message>
            <source>Find in the text</source>
            <translation>Im Text suchen</translation>
        </message>
        <message>
            <source>Type words and press Enter to find the next place they appear</source>
            <translation>Gib Wörter ein und drücke die Eingabetaste, um die nächste Stelle zu finden</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Zurück ({key})</translation>
        </message>
        <message>
            <source>Close the text and go back</source>
            <translation>Den Text schließen und zurückgehen</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>No source text</source>
            <translation>Kein Quelltext</translation>
        </message>
        <message>
            <source>The bank “{title}” does not name a source text.</source>
            <translation>Der Fragenkatalog „{title}“ nennt keinen Quelltext.</translation>
        </message>
        <message>
            <source>Cannot open the text</source>
            <translation>Der Text kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>The source text {path} cannot be read: {reason}.</source>
            <translation>Der Quelltext {path} kann nicht gelesen werden: {reason}.</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>es ist kein UTF-8-Text</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>quizapp report: {folder} is not a folder; give the folder the results were collected in.</source>
            <translation>quizapp report: {folder} ist kein Ordner; geben Sie den Ordner an, in dem die Ergebnisse gesammelt wurden.</translation>
        </message>
        <message>
            <source>quizapp report: {folder} does not exist; give the folder the results were collected in.</source>
            <translation>quizapp report: {folder} gibt es nicht; geben Sie den Ordner an, in dem die Ergebnisse gesammelt wurden.</translation>
        </message>
        <message>
            <source>quizapp report: cannot write {problem}</source>
            <translation>quizapp report: kann nicht schreiben: {problem}</translation>
        </message>
        <message>
            <source>{attempts} merged ({finished} finished, {interrupted} interrupted) from {files}; {duplicates} ignored; {unreadable}.</source>
            <translation>{attempts} zusammengeführt ({finished} abgeschlossen, {interrupted} abgebrochen) aus {files}; {duplicates} übergangen; {unreadable}.</translation>
        </message>
        <message>
            <source>Conflict, not counted: attempt {id} differs between {files}</source>
            <translation>Widerspruch, nicht gezählt: Versuch {id} unterscheidet sich zwischen {files}</translation>
        </message>
        <message>
            <source> and </source>
            <comment>between two file names</comment>
            <translation> und </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) flagged (too easy, too hard or negative discrimination).</source>
            <translation>
                <numerusform>%n Frage markiert (zu leicht, zu schwer oder negative Trennschärfe).</numerusform>
                <numerusform>%n Fragen markiert (zu leicht, zu schwer oder negative Trennschärfe).</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {file}</source>
            <translation>{file} geschrieben</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Questions in this quiz</source>
            <translation>Fragen in diesem Quiz</translation>
        </message>
        <message>
            <source>Select a question to review your answer and the correct one</source>
            <translation>Wähle eine Frage, um deine Antwort und die richtige zu sehen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Review of the selected question</source>
            <translation>Durchsicht der gewählten Frage</translation>
        </message>
        <message>
            <source>Practise the mistakes ({key})</source>
            <translation>Fehler üben ({key})</translation>
        </message>
        <message>
            <source>Start a practice quiz of the questions you missed</source>
            <translation>Ein Übungsquiz mit den falsch beantworteten Fragen starten</translation>
        </message>
        <message>
            <source>Practise these mistakes again</source>
            <translation>Diese Fehler noch einmal üben</translation>
        </message>
        <message>
            <source>Back to the library ({key})</source>
            <translation>Zurück zur Bibliothek ({key})</translation>
        </message>
        <message>
            <source>Leave the results</source>
            <translation>Die Ergebnisse verlassen</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Zurück zur Bibliothek</translation>
        </message>
        <message>
            <source>{right} of {answered} answered right</source>
            <translation>{right} von {answered} beantworteten richtig</translation>
        </message>
        <message>
            <source>{questions} not reached</source>
            <translation>{questions} nicht erreicht</translation>
        </message>
        <message>
            <source>{score} of the whole quiz</source>
            <translation>{score} des ganzen Quiz</translation>
        </message>
        <message>
            <source>{right} of {questions} right</source>
            <translation>{right} von {questions} richtig</translation>
        </message>
        <message>
            <source>{earned} of {possible} points</source>
            <translation>{earned} von {possible} Punkten</translation>
        </message>
        <message>
            <source>time {time}</source>
            <translation>Zeit {time}</translation>
        </message>
        <message>
            <source>{count} timed out</source>
            <translation>{count} mit abgelaufener Zeit</translation>
        </message>
        <message>
            <source>extra time {factor} ×</source>
            <translation>Zusatzzeit {factor} ×</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Durchsicht</translation>
        </message>
        <message>
            <source>{mode} on {banks}, {when}</source>
            <translation>{mode} zu {banks}, {when}</translation>
        </message>
        <message>
            <source>{right} of {answers} right</source>
            <translation>{right} von {answers} richtig</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Ergebnis {score}</translation>
        </message>
        <message>
            <source>This question is no longer in its bank.</source>
            <translation>Diese Frage ist nicht mehr in ihrem Fragenkatalog.</translation>
        </message>
        <message>
            <source>– Not reached</source>
            <translation>– Nicht erreicht</translation>
        </message>
        <message>
            <source>Not answered: the quiz ended before this question.</source>
            <translation>Nicht beantwortet: Das Quiz endete vor dieser Frage.</translation>
        </message>
    </context>
    <context>
        <name>SetupPage</name>
        <message>
            <source>Feedback after every answer; pause any time</source>
            <translation>Rückmeldung nach jeder Antwort; jederzeit pausieren</translation>
        </message>
        <message>
            <source>No feedback until the end; a time limit per question; skip and come back</source>
            <translation>Keine Rückmeldung bis zum Ende; ein Zeitlimit je Frage; überspringen und zurückkommen</translation>
        </message>
        <message>
            <source>The questions you last got wrong</source>
            <translation>Die Fragen, die du zuletzt falsch beantwortet hast</translation>
        </message>
        <message>
            <source>The questions the review schedule says are due now</source>
            <translation>Die Fragen, die laut Wiederholungsplan jetzt fällig sind</translation>
        </message>
        <message>
            <source>Set up a quiz</source>
            <translation>Quiz einrichten</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <source>Practice, exam, your mistakes, or questions due for review</source>
            <translation>Üben, Prüfung, deine Fehler oder zur Wiederholung fällige Fragen</translation>
        </message>
        <message>
            <source>About this mode</source>
            <translation>Über diesen Modus</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modus:</translation>
        </message>
        <message>
            <source>Number of questions</source>
            <translation>Anzahl der Fragen</translation>
        </message>
        <message>
            <source>How many questions the quiz asks</source>
            <translation>Wie viele Fragen das Quiz stellt</translation>
        </message>
        <message>
            <source>&amp;Questions:</source>
            <translation>&amp;Fragen:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Tick tags to ask only questions with any of them; none ticked means all; Space ticks</source>
            <translation>Kreuze Schlagwörter an, um nur Fragen mit einem davon zu stellen; keins angekreuzt heißt alle; die Leertaste kreuzt an</translation>
        </message>
        <message>
            <source>&amp;Tags:</source>
            <translation>Schlag&amp;wörter:</translation>
        </message>
        <message>
            <source>Question types</source>
            <translation>Fragetypen</translation>
        </message>
        <message>
            <source>Tick types to ask only questions of those types; none ticked means all; Space ticks</source>
            <translation>Kreuze Typen an, um nur Fragen dieser Typen zu stellen; keiner angekreuzt heißt alle; die Leertaste kreuzt an</translation>
        </message>
        <message>
            <source>T&amp;ypes:</source>
            <translation>T&amp;ypen:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>The bank's own limits</source>
            <translation>Die Zeitlimits des Fragenkatalogs</translation>
        </message>
        <message>
            <source>For the whole quiz:</source>
            <translation>Für das ganze Quiz:</translation>
        </message>
        <message>
            <source>For each question:</source>
            <translation>Für jede Frage:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>No time limit</source>
            <translation>Kein Zeitlimit</translation>
        </message>
        <message>
            <source>Take as long as you need</source>
            <translation>Nimm dir so viel Zeit, wie du brauchst</translation>
        </message>
        <message>
            <source>The bank's own time limits</source>
            <translation>Die Zeitlimits des Fragenkatalogs</translation>
        </message>
        <message>
            <source>The limits the bank's author set</source>
            <translation>Die Zeitlimits, die der Fragenkatalog festlegt</translation>
        </message>
        <message>
            <source>Time limit for the whole quiz</source>
            <translation>Zeitlimit für das ganze Quiz</translation>
        </message>
        <message>
            <source>One countdown for the whole quiz</source>
            <translation>Ein Countdown für das ganze Quiz</translation>
        </message>
        <message>
            <source>Time limit for each question</source>
            <translation>Zeitlimit für jede Frage</translation>
        </message>
        <message>
            <source>The same countdown for every question, whatever the bank says</source>
            <translation>Derselbe Countdown für jede Frage, egal was der Fragenkatalog festlegt</translation>
        </message>
        <message>
            <source>Minutes for the whole quiz</source>
            <translation>Minuten für das ganze Quiz</translation>
        </message>
        <message>
            <source>Length of the quiz's time limit</source>
            <translation>Länge des Zeitlimits für das Quiz</translation>
        </message>
        <message>
            <source>Seconds for each question</source>
            <translation>Sekunden für jede Frage</translation>
        </message>
        <message>
            <source>How long each question may take</source>
            <translation>Wie lange jede Frage dauern darf</translation>
        </message>
        <message>
            <source>Extra time</source>
            <translation>Zusatzzeit</translation>
        </message>
        <message>
            <source>Time &amp;limit:</source>
            <translation>&amp;Zeitlimit:</translation>
        </message>
        <message>
            <source>Start ({key})</source>
            <translation>Starten ({key})</translation>
        </message>
        <message>
            <source>Start the quiz with these settings</source>
            <translation>Das Quiz mit diesen Einstellungen starten</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Back ({key})</source>
            <translation>Zurück ({key})</translation>
        </message>
        <message>
            <source>Back to the library</source>
            <translation>Zurück zur Bibliothek</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Set up a quiz: {title}</source>
            <translation>Quiz einrichten: {title}</translation>
        </message>
        <message>
            <source>{questions} in this bank.</source>
            <translation>{questions} in diesem Fragenkatalog.</translation>
        </message>
        <message>
            <source>This bank sets no time limits</source>
            <translation>Dieser Fragenkatalog legt keine Zeitlimits fest</translation>
        </message>
        <message>
            <source>Your extra time ({factor} ×) is added to every limit.</source>
            <translation>Deine Zusatzzeit ({factor} ×) kommt zu jedem Zeitlimit hinzu.</translation>
        </message>
        <message>
            <source> of {n}</source>
            <translation> von {n}</translation>
        </message>
        <message>
            <source>There are no mistakes to practise in this bank yet.</source>
            <translation>In diesem Fragenkatalog gibt es noch keine Fehler zum Üben.</translation>
        </message>
        <message>
            <source>There are no questions due for review in this bank yet.</source>
            <translation>In diesem Fragenkatalog sind noch keine Fragen zur Wiederholung fällig.</translation>
        </message>
        <message>
            <source>Nothing to ask</source>
            <translation>Keine Fragen</translation>
        </message>
        <message>
            <source>{questions} timed ({range})</source>
            <translation>{questions} mit Zeitlimit ({range})</translation>
        </message>
        <message>
            <source>{time} a question</source>
            <translation>{time} je Frage</translation>
        </message>
        <message>
            <source>{time} a question, {questions} with their own</source>
            <translation>{time} je Frage, {questions} mit eigenem Limit</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>pick or tick a choice; go to an item to order or match</source>
            <translation>eine Antwort wählen oder ankreuzen; zu einem Eintrag zum Ordnen oder Zuordnen gehen</translation>
        </message>
        <message>
            <source>submit, then go on to the next question</source>
            <translation>abgeben, dann weiter zur nächsten Frage</translation>
        </message>
        <message>
            <source>pause or resume (practice); back (other pages)</source>
            <translation>pausieren oder fortsetzen (Üben); zurück (andere Seiten)</translation>
        </message>
        <message>
            <source>move between controls</source>
            <translation>zwischen Bedienelementen wechseln</translation>
        </message>
        <message>
            <source>move an item when putting things in order</source>
            <translation>beim Ordnen einen Eintrag verschieben</translation>
        </message>
        <message>
            <source>skip a question for now (exam)</source>
            <translation>eine Frage vorerst überspringen (Prüfung)</translation>
        </message>
        <message>
            <source>end the quiz</source>
            <translation>das Quiz beenden</translation>
        </message>
        <message>
            <source>show the source text</source>
            <translation>den Quelltext anzeigen</translation>
        </message>
        <message>
            <source>practise the mistakes again (results)</source>
            <translation>die Fehler noch einmal üben (Ergebnisse)</translation>
        </message>
        <message>
            <source>library</source>
            <translation>Bibliothek</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>Lernstand</translation>
        </message>
        <message>
            <source>switch learner</source>
            <translation>Person wechseln</translation>
        </message>
        <message>
            <source>open a classroom preset (teacher)</source>
            <translation>eine Vorlage für den Klassenraum öffnen (Lehrkraft)</translation>
        </message>
        <message>
            <source>class report (teacher)</source>
            <translation>Klassenbericht (Lehrkraft)</translation>
        </message>
        <message>
            <source>bigger, smaller, default text</source>
            <translation>größere, kleinere, normale Schrift</translation>
        </message>
        <message>
            <source>full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>this list</source>
            <translation>diese Liste</translation>
        </message>
    </context>
    <context>
        <name>TypedWidget</name>
        <message>
            <source>Your number</source>
            <translation>Deine Zahl</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>Deine Antwort</translation>
        </message>
        <message>
            <source>Type a number, e.g. 1998, 2.5 or 3/4, then press Enter</source>
            <translation>Gib eine Zahl ein, z. B. 1998, 2,5 oder 3/4, und drücke dann die Eingabetaste</translation>
        </message>
        <message>
            <source>Type your answer, then press Enter</source>
            <translation>Gib deine Antwort ein und drücke dann die Eingabetaste</translation>
        </message>
        <message>
            <source>A number, e.g. 1998 or 2.5</source>
            <translation>Eine Zahl, z. B. 1998 oder 2,5</translation>
        </message>
        <message>
            <source>How your number was read</source>
            <translation>Wie deine Zahl gelesen wurde</translation>
        </message>
        <message>
            <source>type the answer</source>
            <translation>die Antwort eingeben</translation>
        </message>
    </context>
    <context>
        <name>ValidateCommand</name>
        <message>
            <source>not cited by any question of {bank}: {excerpt}</source>
            <translation>von keiner Frage aus {bank} zitiert: {excerpt}</translation>
        </message>
        <message>
            <source>every passage is cited by {bank}</source>
            <translation>jeder Abschnitt wird von {bank} zitiert</translation>
        </message>
        <message>
            <source>{banks}, {questions}</source>
            <translation>{banks}, {questions}</translation>
        </message>
        <message numerus="yes">
            <source>(%n question(s) skipped)</source>
            <translation>
                <numerusform>(%n Frage übersprungen)</numerusform>
                <numerusform>(%n Fragen übersprungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>{checked}: {errors}, {warnings}</source>
            <translation>{checked}: {errors}, {warnings}</translation>
        </message>
    </context>
    <context>
        <name>checker</name>
        <message>
            <source>error</source>
            <comment>severity of a problem: path:line:column: error: message</comment>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>note</source>
            <comment>a remark, not a problem: path:line: note: message</comment>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>warning</source>
            <comment>severity of a problem: path:line:column: warning: message</comment>
            <translation>Warnung</translation>
        </message>
        <message>
            <source> — did you mean '{word}'?</source>
            <comment>after a wrong word</comment>
            <translation> – meinten Sie „{word}“?</translation>
        </message>
        <message>
            <source>a set of keys</source>
            <comment>what a YAML value is: 'not {kind}'</comment>
            <translation>eine Gruppe von Schlüsseln</translation>
        </message>
        <message>
            <source>a list</source>
            <comment>what a YAML value is: 'not {kind}'</comment>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>empty</source>
            <comment>what a YAML value is: 'not {kind}'</comment>
            <translation>leer</translation>
        </message>
        <message>
            <source>a single value</source>
            <comment>what a YAML value is</comment>
            <translation>ein einzelner Wert</translation>
        </message>
        <message>
            <source>the bank</source>
            <comment>subject</comment>
            <translation>der Fragenkatalog</translation>
        </message>
        <message>
            <source>in the bank</source>
            <translation>im Fragenkatalog</translation>
        </message>
        <message>
            <source>a question</source>
            <comment>subject</comment>
            <translation>eine Frage</translation>
        </message>
        <message>
            <source>in a question</source>
            <translation>in einer Frage</translation>
        </message>
        <message>
            <source>in `{key}`</source>
            <comment>inside a YAML key</comment>
            <translation>in `{key}`</translation>
        </message>
        <message>
            <source>it contains a NUL character</source>
            <translation>er enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>it contains characters file names cannot hold</source>
            <translation>er enthält Zeichen, die in Dateinamen nicht vorkommen können</translation>
        </message>
        <message>
            <source>one of its names is longer than {max} bytes</source>
            <translation>einer seiner Namen ist länger als {max} Byte</translation>
        </message>
        <message>
            <source>it is longer than {max} bytes</source>
            <translation>er ist länger als {max} Byte</translation>
        </message>
        <message>
            <source>it is not UTF-8 text</source>
            <translation>sie ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>'{value}'</source>
            <comment>a value as written in the file</comment>
            <translation>„{value}“</translation>
        </message>
        <message>
            <source>`{name}` must be true or false without quotes, not {shown}</source>
            <translation>`{name}` muss true oder false ohne Anführungszeichen sein, nicht {shown}</translation>
        </message>
        <message>
            <source>`{name}` must be true or false (or `{also}`), not {shown}</source>
            <translation>`{name}` muss true oder false (oder `{also}`) sein, nicht {shown}</translation>
        </message>
        <message>
            <source>`{name}` must be true or false, not {shown}</source>
            <translation>`{name}` muss true oder false sein, nicht {shown}</translation>
        </message>
        <message>
            <source>`{name}` must be a number, not {shown} (remove the quotes)</source>
            <translation>`{name}` muss eine Zahl sein, nicht {shown} (entfernen Sie die Anführungszeichen)</translation>
        </message>
        <message>
            <source>`{name}` must be a number, not {shown}</source>
            <translation>`{name}` muss eine Zahl sein, nicht {shown}</translation>
        </message>
        <message>
            <source>`answer:` is missing; write the right choice, copied from `choices`</source>
            <translation>`answer:` fehlt; schreiben Sie die richtige Antwort, kopiert aus `choices`</translation>
        </message>
        <message>
            <source>`answer:` is missing; list the right choices, e.g. answer: [A, C]</source>
            <translation>`answer:` fehlt; führen Sie die richtigen Antworten auf, z. B. answer: [A, C]</translation>
        </message>
        <message>
            <source>`answer:` is missing; write answer: true or answer: false</source>
            <translation>`answer:` fehlt; schreiben Sie answer: true oder answer: false</translation>
        </message>
        <message>
            <source>`answer:` is missing; write the number, e.g. answer: 1998</source>
            <translation>`answer:` fehlt; schreiben Sie die Zahl, z. B. answer: 1998</translation>
        </message>
        <message>
            <source>`answer:` is missing; write the expected text, or a list of accepted ones</source>
            <translation>`answer:` fehlt; schreiben Sie den erwarteten Text oder eine Liste der akzeptierten</translation>
        </message>
        <message>
            <source>a numeric answer must be a number, not '{value}' (remove the quotes)</source>
            <translation>eine Zahlenantwort muss eine Zahl sein, nicht „{value}“ (entfernen Sie die Anführungszeichen)</translation>
        </message>
        <message>
            <source>a numeric answer must be a number, not '{value}'</source>
            <translation>eine Zahlenantwort muss eine Zahl sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>this quote is not in {file} (copy it exactly; only spaces and curly quotes may differ)</source>
            <translation>dieses Zitat steht nicht in {file} (kopieren Sie es genau; nur Leerzeichen und typografische Anführungszeichen dürfen abweichen)</translation>
        </message>
        <message>
            <source>this quote is not in {file} (copy it exactly; only spaces and curly quotes may differ); the closest passage is on line {near} of the text</source>
            <translation>dieses Zitat steht nicht in {file} (kopieren Sie es genau; nur Leerzeichen und typografische Anführungszeichen dürfen abweichen); die ähnlichste Stelle steht in Zeile {near} des Textes</translation>
        </message>
        <message>
            <source>the image '{name}' is {size} MB; an image may be at most {limit} MB (an SVG 1 MB) — save it at the size it is shown</source>
            <translation>das Bild „{name}“ ist {size} MB groß; ein Bild darf höchstens {limit} MB haben (ein SVG 1 MB) – speichern Sie es in der Größe, in der es gezeigt wird</translation>
        </message>
        <message>
            <source>the image '{name}' is {pixels} pixels; at most {side} on a side and {million} million in all — scale it down</source>
            <translation>das Bild „{name}“ hat {pixels} Pixel; erlaubt sind höchstens {side} pro Seite und {million} Millionen insgesamt – verkleinern Sie es</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text; save it as UTF-8 in your editor</source>
            <translation>die Datei ist kein UTF-8-Text; speichern Sie sie in Ihrem Editor als UTF-8</translation>
        </message>
        <message>
            <source>the file contains NUL bytes; it is not a text file</source>
            <translation>die Datei enthält NUL-Bytes; sie ist keine Textdatei</translation>
        </message>
        <message>
            <source>this is not valid YAML: {detail}</source>
            <translation>das ist kein gültiges YAML: {detail}</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a question bank</source>
            <translation>die Datei ist zu tief verschachtelt, um ein Fragenkatalog zu sein</translation>
        </message>
        <message>
            <source>a tab is used for indentation; YAML needs spaces here</source>
            <translation>hier wird mit einem Tabulator eingerückt; YAML braucht Leerzeichen</translation>
        </message>
        <message>
            <source>the file holds more than one YAML document (a second '---'); put each bank in its own file</source>
            <translation>die Datei enthält mehr als ein YAML-Dokument (ein zweites „---“); legen Sie jeden Fragenkatalog in eine eigene Datei</translation>
        </message>
        <message>
            <source>YAML could not read this line: a text containing ': ' or starting with a quote or one of [ ] { } &amp; * ! | &gt; % @ ` must be put in quotes</source>
            <translation>YAML konnte diese Zeile nicht lesen: ein Text, der „: “ enthält oder mit einem Anführungszeichen oder einem von [ ] { } &amp; * ! | &gt; % @ ` beginnt, muss in Anführungszeichen stehen</translation>
        </message>
        <message>
            <source>this alias refers to no anchor ({detail})</source>
            <translation>dieser Alias verweist auf keinen Anker ({detail})</translation>
        </message>
        <message>
            <source>the tag '{tag}' is not allowed: a bank holds only text, numbers, lists and keys, and never creates program objects</source>
            <translation>das YAML-Tag „{tag}“ ist nicht erlaubt: ein Fragenkatalog enthält nur Texte, Zahlen, Listen und Schlüssel und erzeugt nie Programmobjekte</translation>
        </message>
        <message>
            <source>the tag '{tag}' is not allowed; remove it</source>
            <translation>das YAML-Tag „{tag}“ ist nicht erlaubt; entfernen Sie es</translation>
        </message>
        <message>
            <source>{what} must be a set of `key: value` lines, not {kind}</source>
            <translation>{what} muss aus Zeilen der Form `Schlüssel: Wert` bestehen, ist aber {kind}</translation>
        </message>
        <message>
            <source>a key {in_what} must be a plain word, not {kind}</source>
            <translation>ein Schlüssel {in_what} muss ein einfaches Wort sein, nicht {kind}</translation>
        </message>
        <message>
            <source>the key '{key}' appears twice {in_what} (first on line {first}); keep only one</source>
            <translation>der Schlüssel „{key}“ kommt {in_what} zweimal vor (zuerst in Zeile {first}); behalten Sie nur einen</translation>
        </message>
        <message>
            <source>unknown key '{key}' {in_what}{suggestion}</source>
            <translation>unbekannter Schlüssel „{key}“ {in_what}{suggestion}</translation>
        </message>
        <message>
            <source>`&lt;&lt;:` must refer to a set of keys (an &amp;anchor)</source>
            <translation>`&lt;&lt;:` muss auf eine Gruppe von Schlüsseln verweisen (einen &amp;Anker)</translation>
        </message>
        <message>
            <source>`{name}` is empty; write the text after `{name}:`</source>
            <translation>`{name}` ist leer; schreiben Sie den Text hinter `{name}:`</translation>
        </message>
        <message>
            <source>`{name}` must be text, not {kind}</source>
            <translation>`{name}` muss ein Text sein, nicht {kind}</translation>
        </message>
        <message>
            <source>`{key}:` is missing; add it</source>
            <translation>`{key}:` fehlt; ergänzen Sie den Schlüssel</translation>
        </message>
        <message>
            <source>`{name}` must be a list (`[a, b]` or one `- item` per line)</source>
            <translation>`{name}` muss eine Liste sein (`[a, b]` oder ein `- Eintrag` pro Zeile)</translation>
        </message>
        <message>
            <source>`{name}` is empty; list at least one, or leave `{name}` out</source>
            <translation>`{name}` ist leer; nennen Sie mindestens einen Eintrag oder lassen Sie `{name}` weg</translation>
        </message>
        <message>
            <source>'{value}' appears twice in `{name}` (first on line {first})</source>
            <translation>„{value}“ kommt in `{name}` zweimal vor (zuerst in Zeile {first})</translation>
        </message>
        <message>
            <source>'{value}' appears twice in `{name}` (first on line {first}); each entry must differ</source>
            <translation>„{value}“ kommt in `{name}` zweimal vor (zuerst in Zeile {first}); jeder Eintrag muss anders sein</translation>
        </message>
        <message>
            <source>`{name}` must be a finite number</source>
            <translation>`{name}` muss eine endliche Zahl sein</translation>
        </message>
        <message>
            <source>`{name}` must be more than 0</source>
            <translation>`{name}` muss größer als 0 sein</translation>
        </message>
        <message>
            <source>`{name}` cannot be negative</source>
            <translation>`{name}` darf nicht negativ sein</translation>
        </message>
        <message>
            <source>`{name}` must be a whole number from {low} to {high}</source>
            <translation>`{name}` muss eine ganze Zahl von {low} bis {high} sein</translation>
        </message>
        <message>
            <source>the file is {size} MB; a bank may be at most {limit} MB — split it into several banks</source>
            <translation>die Datei ist {size} MB groß; ein Fragenkatalog darf höchstens {limit} MB haben – teilen Sie ihn auf mehrere Fragenkataloge auf</translation>
        </message>
        <message>
            <source>the file cannot be read: it is over {limit} MB; split it into several banks</source>
            <translation>die Datei kann nicht gelesen werden: sie ist größer als {limit} MB; teilen Sie sie auf mehrere Fragenkataloge auf</translation>
        </message>
        <message>
            <source>the file cannot be read: {why}</source>
            <translation>die Datei kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>cannot list this folder: {why}</source>
            <translation>dieser Ordner kann nicht aufgelistet werden: {why}</translation>
        </message>
        <message>
            <source>no such file or folder</source>
            <translation>diese Datei oder diesen Ordner gibt es nicht</translation>
        </message>
        <message>
            <source>the bank id '{id}' is also used by {first}, which comes first on the search path, so this file is not loaded; give it its own `id:`</source>
            <translation>die Fragenkatalog-ID „{id}“ wird auch von {first} verwendet, das im Suchpfad zuerst kommt, deshalb wird diese Datei nicht geladen; geben Sie ihr eine eigene `id:`</translation>
        </message>
        <message>
            <source>the file is empty; a bank needs at least `title:` and `questions:`</source>
            <translation>die Datei ist leer; ein Fragenkatalog braucht mindestens `title:` und `questions:`</translation>
        </message>
        <message>
            <source>the file uses aliases (*name) so much that it would expand to an enormous bank; write the questions out instead</source>
            <translation>die Datei verwendet so viele Aliase (*name), dass daraus ein riesiger Fragenkatalog würde; schreiben Sie die Fragen stattdessen aus</translation>
        </message>
        <message>
            <source>the file starts with a list; a bank starts with keys like `title:` and `questions:`, and the questions go in the list under `questions:`</source>
            <translation>die Datei beginnt mit einer Liste; ein Fragenkatalog beginnt mit Schlüsseln wie `title:` und `questions:`, und die Fragen stehen in der Liste unter `questions:`</translation>
        </message>
        <message>
            <source>the bank id '{value}' may use only a-z, 0-9, '.', '_' and '-'</source>
            <translation>die Fragenkatalog-ID „{value}“ darf nur a-z, 0-9, „.“, „_“ und „-“ enthalten</translation>
        </message>
        <message>
            <source>`file:` is not a usable file name: {why}</source>
            <translation>`file:` ist kein brauchbarer Dateiname: {why}</translation>
        </message>
        <message>
            <source>`file: {name}` must name a file in the bank's own folder (no absolute paths, no '..')</source>
            <translation>`file: {name}` muss eine Datei im Ordner des Fragenkatalogs nennen (keine absoluten Pfade, kein „..“)</translation>
        </message>
        <message>
            <source>the file '{name}' cannot be read: {why}</source>
            <translation>die Datei „{name}“ kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>`file: {name}` leads outside the bank's folder</source>
            <translation>`file: {name}` führt aus dem Ordner des Fragenkatalogs hinaus</translation>
        </message>
        <message>
            <source>the source file '{name}' was not found next to the bank</source>
            <translation>die Quelltextdatei „{name}“ wurde neben dem Fragenkatalog nicht gefunden</translation>
        </message>
        <message>
            <source>the source file '{name}' cannot be read: {why}</source>
            <translation>die Quelltextdatei „{name}“ kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>`questions:` is missing; a bank needs at least one question</source>
            <translation>`questions:` fehlt; ein Fragenkatalog braucht mindestens eine Frage</translation>
        </message>
        <message>
            <source>`questions` must be a list, with each question starting `- id:`</source>
            <translation>`questions` muss eine Liste sein, in der jede Frage mit `- id:` beginnt</translation>
        </message>
        <message>
            <source>`questions` is empty; add at least one question</source>
            <translation>`questions` ist leer; fügen Sie mindestens eine Frage hinzu</translation>
        </message>
        <message>
            <source>`{key}` does not belong in a question of type {type} (it is for {owners}); remove it or change `type`</source>
            <translation>`{key}` gehört nicht in eine Frage vom Typ {type} (es ist für {owners}); entfernen Sie es oder ändern Sie `type`</translation>
        </message>
        <message>
            <source>the question has no `id:`; give it a short unique name like q1</source>
            <translation>die Frage hat keine `id:`; geben Sie ihr einen kurzen, eindeutigen Namen wie q1</translation>
        </message>
        <message>
            <source>the id '{value}' may use only a-z, 0-9, '.', '_' and '-' (for example '{example}')</source>
            <translation>die ID „{value}“ darf nur a-z, 0-9, „.“, „_“ und „-“ enthalten (zum Beispiel „{example}“)</translation>
        </message>
        <message>
            <source>the id '{value}' is already used by the question on line {first}; ids must be unique in a bank</source>
            <translation>die ID „{value}“ wird schon von der Frage in Zeile {first} verwendet; IDs müssen in einem Fragenkatalog eindeutig sein</translation>
        </message>
        <message>
            <source>the question has no `type:`; use one of {types}</source>
            <translation>die Frage hat keinen `type:`; verwenden Sie einen von {types}</translation>
        </message>
        <message>
            <source>unknown question type '{value}'{suggestion} (the types are {types})</source>
            <translation>unbekannter Fragetyp „{value}“{suggestion} (die Typen sind {types})</translation>
        </message>
        <message>
            <source>no `explanation:`; learners will see only right or wrong — add a sentence saying why</source>
            <translation>keine `explanation:`; Lernende sehen nur richtig oder falsch – ergänzen Sie einen Satz, der die Antwort begründet</translation>
        </message>
        <message>
            <source>this question is a draft: check it against the text, correct or delete it, then remove the `draft` tag</source>
            <translation>diese Frage ist ein Entwurf: prüfen Sie sie am Text, korrigieren oder löschen Sie sie und entfernen Sie dann das Schlagwort `draft`</translation>
        </message>
        <message>
            <source>`difficulty` must be one of {names}{suggestion}</source>
            <translation>`difficulty` muss einer von {names} sein{suggestion}</translation>
        </message>
        <message>
            <source>this quote cannot be checked: the bank names no `source: file:`</source>
            <translation>dieses Zitat kann nicht geprüft werden: der Fragenkatalog nennt keine `source: file:`</translation>
        </message>
        <message>
            <source>`choices:` is missing; list the options the learner picks from</source>
            <translation>`choices:` fehlt; führen Sie die Antwortmöglichkeiten auf, aus denen Lernende wählen</translation>
        </message>
        <message>
            <source>`items:` is missing; list the items in their correct order</source>
            <translation>`items:` fehlt; führen Sie die Einträge in der richtigen Reihenfolge auf</translation>
        </message>
        <message>
            <source>`pairs:` is missing; write `left: right` lines under `pairs:`</source>
            <translation>`pairs:` fehlt; schreiben Sie Zeilen der Form `links: rechts` unter `pairs:`</translation>
        </message>
        <message>
            <source>`{name}` needs at least {least} entries (it has {count})</source>
            <translation>`{name}` braucht mindestens {least} Einträge (es sind {count})</translation>
        </message>
        <message>
            <source>`{name}` may have at most {most} entries (it has {count})</source>
            <translation>`{name}` darf höchstens {most} Einträge haben (es sind {count})</translation>
        </message>
        <message>
            <source>the answer '{value}' is not one of the choices{suggestion}</source>
            <translation>die Antwort „{value}“ ist keine der Antwortmöglichkeiten{suggestion}</translation>
        </message>
        <message>
            <source>a single question has exactly one answer; for several use type: multiple</source>
            <translation>eine Frage vom Typ single hat genau eine Antwort; für mehrere verwenden Sie type: multiple</translation>
        </message>
        <message>
            <source>a multiple question's answer is a list; write answer: [{value}]</source>
            <translation>die Antwort einer Frage vom Typ multiple ist eine Liste; schreiben Sie answer: [{value}]</translation>
        </message>
        <message>
            <source>`answer` is empty; list at least one right choice</source>
            <translation>`answer` ist leer; nennen Sie mindestens eine richtige Antwort</translation>
        </message>
        <message>
            <source>`answer` is empty; list at least one accepted text</source>
            <translation>`answer` ist leer; nennen Sie mindestens einen akzeptierten Text</translation>
        </message>
        <message>
            <source>an order question has no `answer:`; write `items:` in the correct order instead</source>
            <translation>eine Frage vom Typ order hat kein `answer:`; schreiben Sie stattdessen `items:` in der richtigen Reihenfolge</translation>
        </message>
        <message>
            <source>a match question has no `answer:`; the `pairs:` are the answer</source>
            <translation>eine Frage vom Typ match hat kein `answer:`; die `pairs:` sind die Antwort</translation>
        </message>
        <message>
            <source>`pairs` must be `left: right` lines, one pair per line</source>
            <translation>`pairs` muss aus Zeilen der Form `links: rechts` bestehen, ein Paar pro Zeile</translation>
        </message>
        <message>
            <source>'{value}' is matched twice (first on line {first}); each left side appears once</source>
            <translation>„{value}“ wird zweimal zugeordnet (zuerst in Zeile {first}); jede linke Seite kommt nur einmal vor</translation>
        </message>
        <message>
            <source>`image` has no `file:`; name the picture, for example `file: maps/caucasus.png`</source>
            <translation>`image` hat kein `file:`; nennen Sie die Bilddatei, zum Beispiel `file: maps/caucasus.png`</translation>
        </message>
        <message>
            <source>`image` has no `alt:`; add a sentence saying what the picture shows, for learners who cannot see it</source>
            <translation>`image` hat kein `alt:`; ergänzen Sie einen Satz, der sagt, was das Bild zeigt – für Lernende, die es nicht sehen können</translation>
        </message>
        <message>
            <source>`alt` repeats the file name; say what the picture shows</source>
            <translation>`alt` wiederholt den Dateinamen; sagen Sie, was das Bild zeigt</translation>
        </message>
        <message>
            <source>'{name}' is not a PNG, JPEG or SVG file; save the picture as .png, .jpg or .svg</source>
            <translation>„{name}“ ist keine PNG-, JPEG- oder SVG-Datei; speichern Sie das Bild als .png, .jpg oder .svg</translation>
        </message>
        <message>
            <source>the image '{name}' was not found next to the bank</source>
            <translation>das Bild „{name}“ wurde neben dem Fragenkatalog nicht gefunden</translation>
        </message>
        <message>
            <source>'{name}' is really a {format} image; rename it to end in {suffix} so other programs open it too</source>
            <translation>„{name}“ ist eigentlich ein {format}-Bild; benennen Sie es auf {suffix} um, damit auch andere Programme es öffnen</translation>
        </message>
        <message>
            <source>'{name}' is a {format} image; save it as PNG or JPEG</source>
            <translation>„{name}“ ist ein {format}-Bild; speichern Sie es als PNG oder JPEG</translation>
        </message>
        <message>
            <source>the image '{name}' is not a regular file</source>
            <translation>das Bild „{name}“ ist keine normale Datei</translation>
        </message>
        <message>
            <source>the image '{name}' cannot be read: {why}</source>
            <translation>das Bild „{name}“ kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>'{name}' is not a PNG, JPEG or SVG image inside; save it again as one</source>
            <translation>„{name}“ ist inhaltlich kein PNG-, JPEG- oder SVG-Bild; speichern Sie es erneut in einem dieser Formate</translation>
        </message>
        <message>
            <source>the image '{name}' is damaged or cut short; save it again from the program that made it</source>
            <translation>das Bild „{name}“ ist beschädigt oder abgeschnitten; speichern Sie es erneut aus dem Programm, mit dem es erstellt wurde</translation>
        </message>
        <message>
            <source>the SVG '{name}' declares a DOCTYPE or entities, which are not allowed; remove its &lt;!DOCTYPE ...&gt; part</source>
            <translation>das SVG „{name}“ deklariert einen DOCTYPE oder Entitäten, was nicht erlaubt ist; entfernen Sie seinen Teil &lt;!DOCTYPE ...&gt;</translation>
        </message>
        <message>
            <source>the SVG '{name}' has no size; give its &lt;svg&gt; element a viewBox, or a width and height</source>
            <translation>das SVG „{name}“ hat keine Größe; geben Sie seinem Element &lt;svg&gt; eine viewBox oder eine width und height</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>from --data-dir</source>
            <translation>aus --data-dir</translation>
        </message>
        <message>
            <source>from --cache-dir</source>
            <translation>aus --cache-dir</translation>
        </message>
        <message>
            <source>from ${env}</source>
            <translation>aus ${env}</translation>
        </message>
        <message>
            <source>portable mode</source>
            <translation>portabler Modus</translation>
        </message>
        <message>
            <source>the user data folder</source>
            <translation>der Datenordner des Benutzers</translation>
        </message>
        <message>
            <source>the user cache folder</source>
            <translation>der Cache-Ordner des Benutzers</translation>
        </message>
        <message>
            <source>data:</source>
            <translation>Daten:</translation>
        </message>
        <message>
            <source>cache:</source>
            <translation>Cache:</translation>
        </message>
        <message>
            <source>banks:</source>
            <translation>Kataloge:</translation>
        </message>
        <message>
            <source>quizapp {version} (self-contained build)</source>
            <translation>quizapp {version} (eigenständige Ausgabe)</translation>
        </message>
        <message>
            <source>bundled</source>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>portable mode: on ({marker})</source>
            <translation>portabler Modus: an ({marker})</translation>
        </message>
        <message>
            <source>portable mode: off (no {marker} in {folder})</source>
            <translation>portabler Modus: aus (kein {marker} in {folder})</translation>
        </message>
        <message>
            <source>language: {name} ({code})</source>
            <translation>Sprache: {name} ({code})</translation>
        </message>
        <message>
            <source>language: {name} ({code}); Qt's standard dialogs stay English: {file} is missing</source>
            <translation>Sprache: {name} ({code}); die Standarddialoge von Qt bleiben englisch: {file} fehlt</translation>
        </message>
        <message>
            <source>{file} is a file, not a folder</source>
            <translation>{file} ist eine Datei, kein Ordner</translation>
        </message>
        <message>
            <source>progress cannot be saved in {folder}: {why}. quizapp did not start, so no answers are lost. Choose a folder you can write to, on a drive that is kept, with --data-dir FOLDER (or the {env} environment variable)</source>
            <translation>der Lernstand kann nicht in {folder} gespeichert werden: {why}. quizapp wurde nicht gestartet, es gehen also keine Antworten verloren. Wählen Sie mit --data-dir ORDNER (oder der Umgebungsvariable {env}) einen Ordner, in den Sie schreiben können, auf einem Laufwerk, das erhalten bleibt</translation>
        </message>
        <message>
            <source>, or remove {marker} to keep progress in your own user folder</source>
            <translation>, oder entfernen Sie {marker}, um den Lernstand im eigenen Benutzerordner zu speichern</translation>
        </message>
        <message>
            <source>; this folder came from {env}</source>
            <translation>; dieser Ordner kam aus {env}</translation>
        </message>
        <message>
            <source>there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a desktop session; the terminal commands (validate, export, report) work anywhere.</source>
            <translation>es gibt keinen Bildschirm für das Fenster (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie es aus einer Desktop-Sitzung; die Befehle im Terminal (validate, export, report) funktionieren überall.</translation>
        </message>
        <message>
            <source>quizapp: no translation for '{code}'; using {language}</source>
            <translation>quizapp: keine Übersetzung für „{code}“; weiter auf {language}</translation>
        </message>
        <message>
            <source>quizapp cannot keep progress</source>
            <translation>quizapp kann den Lernstand nicht speichern</translation>
        </message>
    </context>
    <context>
        <name>convert</name>
        <message>
            <source>'{text}'</source>
            <comment>a text from the file, in quotation marks</comment>
            <translation>„{text}“</translation>
        </message>
        <message>
            <source>the description</source>
            <comment>skipped ...</comment>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <source>the essay question</source>
            <comment>skipped ...</comment>
            <translation>die Freitextfrage (Essay)</translation>
        </message>
        <message>
            <source>the matching question</source>
            <comment>skipped ...</comment>
            <translation>die Zuordnungsfrage</translation>
        </message>
        <message>
            <source>the numerical question</source>
            <comment>skipped ...</comment>
            <translation>die numerische Frage</translation>
        </message>
        <message>
            <source>the true/false question</source>
            <comment>skipped ...</comment>
            <translation>die Wahr/Falsch-Frage</translation>
        </message>
        <message>
            <source>the multiple-choice question</source>
            <comment>skipped ...</comment>
            <translation>die Multiple-Choice-Frage</translation>
        </message>
        <message>
            <source>the cloze note</source>
            <comment>skipped ... (an Anki note)</comment>
            <translation>die Lückentext-Notiz</translation>
        </message>
        <message>
            <source>the note</source>
            <comment>skipped ... (an Anki note)</comment>
            <translation>die Notiz</translation>
        </message>
        <message>
            <source>the Moodle {qtype} question</source>
            <comment>skipped ...; {qtype}: Moodle's type name</comment>
            <translation>die Moodle-Frage vom Typ {qtype}</translation>
        </message>
        <message>
            <source>the Moodle '{qtype}' question</source>
            <comment>skipped ...; {qtype}: Moodle's type name</comment>
            <translation>die Moodle-Frage vom Typ „{qtype}“</translation>
        </message>
        <message>
            <source>the {qtype} question</source>
            <comment>skipped ...; {qtype}: our type (single, short...)</comment>
            <translation>die Frage vom Typ {qtype}</translation>
        </message>
        <message>
            <source>choices</source>
            <comment>our questions need at least 2 ...</comment>
            <translation>Antwortmöglichkeiten</translation>
        </message>
        <message>
            <source>items</source>
            <comment>our questions need at least 2 ...</comment>
            <translation>Elemente</translation>
        </message>
        <message>
            <source>pairs</source>
            <comment>our questions need at least 2 ...</comment>
            <translation>Paare</translation>
        </message>
        <message>
            <source>it is text without a question</source>
            <translation>sie ist Text ohne Frage</translation>
        </message>
        <message>
            <source>an essay is marked by a teacher, and our questions are marked automatically</source>
            <translation>ein Essay wird von einer Lehrkraft bewertet, unsere Fragen werden automatisch bewertet</translation>
        </message>
        <message>
            <source>'{part}' has no `-&gt;`</source>
            <translation>„{part}“ hat kein `-&gt;`</translation>
        </message>
        <message>
            <source>it has no right answer</source>
            <translation>sie hat keine richtige Antwort</translation>
        </message>
        <message>
            <source>a cloze card has gaps to fill in the text; our questions have one answer each</source>
            <translation>eine Lückentext-Karte hat Lücken im Text; unsere Fragen haben je eine Antwort</translation>
        </message>
        <message>
            <source>it has only one field; a card needs a front and a back</source>
            <translation>sie hat nur ein Feld; eine Karte braucht eine Vorder- und eine Rückseite</translation>
        </message>
        <message>
            <source>neither answer is worth 100%</source>
            <translation>keine der beiden Antworten ist 100 % wert</translation>
        </message>
        <message numerus="yes">
            <source>it has %n answer(s) worth 100%, and a single-answer question needs exactly one</source>
            <translation>
                <numerusform>sie hat %n Antwort, die 100 % wert ist, und eine Frage mit einer Antwort braucht genau eine</numerusform>
                <numerusform>sie hat %n Antworten, die 100 % wert sind, und eine Frage mit einer Antwort braucht genau eine</numerusform>
            </translation>
        </message>
        <message>
            <source>no answer worth 100% is a number</source>
            <translation>keine Antwort, die 100 % wert ist, ist eine Zahl</translation>
        </message>
        <message>
            <source>this question type is not one we know how to convert</source>
            <translation>diesen Fragetyp kann quizapp nicht umwandeln</translation>
        </message>
        <message>
            <source>a cloze (embedded answers) question has several gaps; ours have one answer each</source>
            <translation>eine Lückentextfrage (eingebettete Antworten) hat mehrere Lücken; unsere Fragen haben je eine Antwort</translation>
        </message>
        <message>
            <source>a description is text without a question</source>
            <translation>eine Beschreibung ist Text ohne Frage</translation>
        </message>
        <message>
            <source>calculated questions draw random numbers from formulas; ours are fixed</source>
            <translation>berechnete Fragen ziehen Zufallszahlen aus Formeln; unsere sind fest</translation>
        </message>
        <message>
            <source>drag-and-drop questions have no counterpart among our types</source>
            <translation>Drag-and-Drop-Fragen haben unter unseren Typen keine Entsprechung</translation>
        </message>
        <message>
            <source>select-missing-words questions have several gaps; ours have one answer each</source>
            <translation>Fragen vom Typ „Fehlende Wörter auswählen“ haben mehrere Lücken; unsere haben je eine Antwort</translation>
        </message>
        <message>
            <source>random short-answer matching draws questions from a category at quiz time</source>
            <translation>zufällige Kurzantwort-Zuordnung zieht die Fragen erst beim Test aus einer Kategorie</translation>
        </message>
        <message>
            <source>a random question is drawn from a category at quiz time</source>
            <translation>eine Zufallsfrage wird erst beim Test aus einer Kategorie gezogen</translation>
        </message>
        <message>
            <source>it has no question text</source>
            <translation>sie hat keinen Fragetext</translation>
        </message>
        <message>
            <source>our questions need at least {least} {key} (it has {count})</source>
            <translation>unsere Fragen brauchen mindestens {least} {key} (sie hat {count})</translation>
        </message>
        <message>
            <source>our questions allow at most {most} {key} (it has {count})</source>
            <translation>unsere Fragen erlauben höchstens {most} {key} (sie hat {count})</translation>
        </message>
        <message>
            <source>one of its {key} is empty</source>
            <translation>unter ihren {key} ist ein leerer Eintrag</translation>
        </message>
        <message>
            <source>'{text}' appears twice among its {key}</source>
            <translation>„{text}“ kommt unter ihren {key} zweimal vor</translation>
        </message>
        <message>
            <source>no choice is marked right</source>
            <translation>keine Antwortmöglichkeit ist als richtig markiert</translation>
        </message>
        <message>
            <source>its right answer is not among the choices</source>
            <translation>ihre richtige Antwort ist keine der Antwortmöglichkeiten</translation>
        </message>
        <message>
            <source>it has no accepted answer</source>
            <translation>sie hat keine akzeptierte Antwort</translation>
        </message>
        <message>
            <source>its answer is not a number</source>
            <translation>ihre Antwort ist keine Zahl</translation>
        </message>
        <message>
            <source>its tolerance is not a number of 0 or more</source>
            <translation>ihre Toleranz ist keine Zahl ab 0</translation>
        </message>
        <message>
            <source>one of its pairs has an empty right side</source>
            <translation>eines ihrer Paare hat eine leere rechte Seite</translation>
        </message>
        <message>
            <source>skipped {what}: {why}</source>
            <translation>{what} wird übersprungen: {why}</translation>
        </message>
        <message>
            <source>the typo tolerance (typos: {n})</source>
            <translation>die Tippfehlertoleranz (typos: {n})</translation>
        </message>
        <message>
            <source>the time limit ({seconds} s)</source>
            <translation>das Zeitlimit ({seconds} s)</translation>
        </message>
        <message>
            <source>the difficulty ({value})</source>
            <translation>die Schwierigkeit ({value})</translation>
        </message>
        <message>
            <source>the points ({points})</source>
            <translation>die Punkte ({points})</translation>
        </message>
        <message>
            <source>the tags after the first ({tags}); GIFT keeps one category</source>
            <translation>die Schlagwörter nach dem ersten ({tags}); GIFT behält eine Kategorie</translation>
        </message>
        <message>
            <source>the image</source>
            <comment>has no place for ...</comment>
            <translation>das Bild</translation>
        </message>
        <message>
            <source>the image {name} (it cannot be read)</source>
            <translation>das Bild {name} (es kann nicht gelesen werden)</translation>
        </message>
        <message>
            <source>an item with a brace, a line break or a leading // (not allowed in GIFT ordering items)</source>
            <translation>ein Element mit geschweifter Klammer, Zeilenumbruch oder führendem // (in GIFT-Anordnungselementen nicht erlaubt)</translation>
        </message>
        <message>
            <source>the explanation and source quote (GIFT ordering has no feedback)</source>
            <translation>die Erklärung und das Quellenzitat (GIFT-Anordnungsfragen haben kein Feedback)</translation>
        </message>
        <message>
            <source>a left side containing `-&gt;` (GIFT cannot escape it)</source>
            <translation>eine linke Seite mit `-&gt;` (GIFT kann es nicht maskieren)</translation>
        </message>
        <message>
            <source>this question (see above)</source>
            <translation>diese Frage (siehe oben)</translation>
        </message>
        <message>
            <source>a match question with 2 pairs (Moodle refuses fewer than 3, and would then stop the whole import); add a pair to export it</source>
            <translation>eine Zuordnungsfrage mit 2 Paaren (Moodle lehnt weniger als 3 ab und würde dann den ganzen Import abbrechen); ergänzen Sie ein Paar, um sie zu exportieren</translation>
        </message>
        <message>
            <source>a {type} question (Aiken holds only single-answer choices)</source>
            <translation>eine Frage vom Typ {type} (Aiken kennt nur Fragen mit einer richtigen Antwort)</translation>
        </message>
        <message>
            <source>the explanation</source>
            <comment>has no place for ...</comment>
            <translation>die Erklärung</translation>
        </message>
        <message>
            <source>the source quote</source>
            <comment>has no place for ...</comment>
            <translation>das Quellenzitat</translation>
        </message>
        <message>
            <source>the tags</source>
            <comment>has no place for ...</comment>
            <translation>die Schlagwörter</translation>
        </message>
        <message>
            <source>the time limit</source>
            <comment>has no place for ...</comment>
            <translation>das Zeitlimit</translation>
        </message>
        <message>
            <source>the difficulty</source>
            <comment>has no place for ...</comment>
            <translation>die Schwierigkeit</translation>
        </message>
        <message>
            <source>the points</source>
            <comment>has no place for ...</comment>
            <translation>die Punkte</translation>
        </message>
        <message>
            <source>line breaks (Aiken keeps each text on one line)</source>
            <translation>Zeilenumbrüche (Aiken schreibt jeden Text in eine Zeile)</translation>
        </message>
        <message>
            <source>the pairs' sides (a left side contains `-&gt;`)</source>
            <translation>die Seiten der Paare (eine linke Seite enthält `-&gt;`)</translation>
        </message>
        <message>
            <source>a `|` inside an answer or tag (it separates them)</source>
            <translation>ein `|` in einer Antwort oder einem Schlagwort (es trennt sie)</translation>
        </message>
        <message>
            <source>automatic marking (the learner turns the card and judges the answer)</source>
            <translation>die automatische Bewertung (Lernende drehen die Karte um und beurteilen ihre Antwort selbst)</translation>
        </message>
        <message>
            <source>exact weights (each right choice is worth {share}%, Moodle's nearest grade to {exact}%)</source>
            <translation>genaue Gewichte (jede richtige Antwort ist {share} % wert, Moodles nächste Bewertungsstufe zu {exact} %)</translation>
        </message>
        <message>
            <source>{format} has no place for {what}; left out</source>
            <translation>{format} kann Folgendes nicht aufnehmen, es wird weggelassen: {what}</translation>
        </message>
        <message>
            <source>the sound on the front is left out</source>
            <translation>der Ton auf der Vorderseite wird weggelassen</translation>
        </message>
        <message>
            <source>the sound on the back is left out</source>
            <translation>der Ton auf der Rückseite wird weggelassen</translation>
        </message>
        <message>
            <source>the image on the front ({names}) is left out</source>
            <translation>das Bild auf der Vorderseite ({names}) wird weggelassen</translation>
        </message>
        <message>
            <source>the image on the back ({names}) is left out</source>
            <translation>das Bild auf der Rückseite ({names}) wird weggelassen</translation>
        </message>
        <message>
            <source>the general feedback</source>
            <comment>the image in ...</comment>
            <translation>dem allgemeinen Feedback</translation>
        </message>
        <message>
            <source>an answer</source>
            <comment>the image in ...</comment>
            <translation>einer Antwort</translation>
        </message>
        <message>
            <source>a subquestion</source>
            <comment>the image in ...</comment>
            <translation>einer Teilfrage</translation>
        </message>
        <message>
            <source>an item</source>
            <comment>the image in ...</comment>
            <translation>einem Element</translation>
        </message>
        <message>
            <source>Qt could not start a PDF</source>
            <translation>Qt konnte kein PDF beginnen</translation>
        </message>
        <message>
            <source>the PDF cannot be written: {why}</source>
            <translation>das PDF kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>it could not be read</source>
            <translation>es konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>the image '{name}' could not be printed ({why}); its alt text is printed in its place</source>
            <translation>das Bild „{name}“ konnte nicht gedruckt werden ({why}); an seiner Stelle wird sein Alternativtext gedruckt</translation>
        </message>
        <message>
            <source>partial credit for '{choice}' is dropped: only the answer worth 100% counts as right</source>
            <translation>die Teilpunkte für „{choice}“ entfallen: nur die Antwort, die 100 % wert ist, zählt als richtig</translation>
        </message>
        <message>
            <source>the answers' different weights are dropped: every answer worth more than 0% is a right choice, and the learner must pick exactly those</source>
            <translation>die unterschiedlichen Gewichte der Antworten entfallen: jede Antwort, die mehr als 0 % wert ist, ist richtig, und Lernende müssen genau diese wählen</translation>
        </message>
        <message>
            <source>a `{` or `}` is missing or out of place; escape a literal brace as \{ or \}</source>
            <translation>ein `{` oder `}` fehlt oder steht an der falschen Stelle; eine geschweifte Klammer, die als Zeichen erscheinen soll, schreiben Sie als \{ oder \}</translation>
        </message>
        <message>
            <source>the feedback for the answers is left out (our questions have one explanation, not one per answer)</source>
            <translation>das Feedback zu den Antworten wird weggelassen (unsere Fragen haben eine Erklärung, nicht eine pro Antwort)</translation>
        </message>
        <message>
            <source>the feedback for the answer '{answer}' is left out (our questions have one explanation, not one per answer)</source>
            <translation>das Feedback zur Antwort „{answer}“ wird weggelassen (unsere Fragen haben eine Erklärung, nicht eine pro Antwort)</translation>
        </message>
        <message>
            <source>the answer '{answer}' uses the wildcard *; left out (we compare whole answers)</source>
            <translation>die Antwort „{answer}“ verwendet den Platzhalter *; weggelassen (quizapp vergleicht ganze Antworten)</translation>
        </message>
        <message>
            <source>the answer '{answer}' is worth {weight}%; left out</source>
            <translation>die Antwort „{answer}“ ist {weight} % wert; weggelassen</translation>
        </message>
        <message>
            <source>'{text}' is not a number, a number:tolerance or a min..max range</source>
            <translation>„{text}“ ist keine Zahl, kein Zahl:Toleranz und kein Bereich min..max</translation>
        </message>
        <message>
            <source>only the first of {count} right answers is kept</source>
            <translation>von {count} richtigen Antworten wird nur die erste übernommen</translation>
        </message>
        <message>
            <source>`ANSWER: {answer}` names no option; use one of {letters}</source>
            <translation>`ANSWER: {answer}` nennt keine Antwortmöglichkeit; verwenden Sie einen von {letters}</translation>
        </message>
        <message>
            <source>the options must be lettered A, B, C, ... in order</source>
            <translation>die Antwortmöglichkeiten müssen der Reihe nach mit A, B, C, ... beschriftet sein</translation>
        </message>
        <message>
            <source>`ANSWER:` comes before any question text and options</source>
            <translation>`ANSWER:` steht vor jedem Fragetext und jeder Antwortmöglichkeit</translation>
        </message>
        <message>
            <source>expected another option (`C. text`) or `ANSWER: X` after the options</source>
            <translation>nach den Antwortmöglichkeiten wird eine weitere (`C. Text`) oder `ANSWER: X` erwartet</translation>
        </message>
        <message>
            <source>this question has no `ANSWER:` line; add one after its options</source>
            <translation>diese Frage hat keine Zeile `ANSWER:`; ergänzen Sie eine nach ihren Antwortmöglichkeiten</translation>
        </message>
        <message>
            <source>the file is empty; the first row names the columns (see docs/converting.md)</source>
            <translation>die Datei ist leer; die erste Zeile nennt die Spalten (siehe docs/converting.md)</translation>
        </message>
        <message>
            <source>columns quizapp does not know are ignored: {columns}</source>
            <translation>Spalten, die quizapp nicht kennt, werden ignoriert: {columns}</translation>
        </message>
        <message>
            <source>the first row must name the columns, with at least `type` and `prompt` (see docs/converting.md)</source>
            <translation>die erste Zeile muss die Spalten nennen, mindestens `type` und `prompt` (siehe docs/converting.md)</translation>
        </message>
        <message>
            <source>the CSV cannot be read here: {detail}</source>
            <translation>die CSV-Datei kann hier nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>unknown type '{value}'; use one of {types}</source>
            <translation>unbekannter Typ „{value}“; verwenden Sie einen von {types}</translation>
        </message>
        <message>
            <source>`{key}` must be a number above 0, not '{value}'</source>
            <translation>`{key}` muss eine Zahl über 0 sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>`difficulty` must be easy, medium or hard, not '{value}'</source>
            <translation>`difficulty` muss easy, medium oder hard sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>`answer` must be the letter of a filled option (A to {last}) or its text, not '{value}'</source>
            <translation>`answer` muss der Buchstabe einer ausgefüllten Antwortmöglichkeit (A bis {last}) oder ihr Text sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>`answer` must be true or false, not '{value}'</source>
            <translation>`answer` muss true oder false sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>`typos` must be 0, 1, 2 or 3, not '{value}'</source>
            <translation>`typos` muss 0, 1, 2 oder 3 sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>`answer` and `tolerance` must be numbers, not '{value}'</source>
            <translation>`answer` und `tolerance` müssen Zahlen sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>a match option is `left -&gt; right`, not '{value}'</source>
            <translation>eine Zuordnungsoption lautet `links -&gt; rechts`, nicht „{value}“</translation>
        </message>
        <message>
            <source>a single question has one right letter; for several use type multiple</source>
            <translation>eine Frage vom Typ single hat einen richtigen Buchstaben; für mehrere verwenden Sie den Typ multiple</translation>
        </message>
        <message>
            <source>the image in {part} is left out: only a question's own text may have one</source>
            <translation>das Bild in {part} wird weggelassen: nur der Fragetext selbst darf eines haben</translation>
        </message>
        <message>
            <source>the feedback for the answers {answers} is left out (our questions have one explanation, not one per answer)</source>
            <translation>das Feedback zu den Antworten {answers} wird weggelassen (unsere Fragen haben eine Erklärung, nicht eine pro Antwort)</translation>
        </message>
        <message>
            <source>the hints are left out (our questions have none)</source>
            <translation>die Hinweise werden weggelassen (unsere Fragen haben keine)</translation>
        </message>
        <message>
            <source>the question has {count} images; only the first is kept (a question has one image)</source>
            <translation>die Frage hat {count} Bilder; nur das erste wird übernommen (eine Frage hat ein Bild)</translation>
        </message>
        <message>
            <source>the image '{src}' is not in the file and is left out; add it beside the bank and name it under `image:`</source>
            <translation>das Bild „{src}“ ist nicht in der Datei und wird weggelassen; legen Sie es neben den Fragenkatalog und nennen Sie es unter `image:`</translation>
        </message>
        <message>
            <source>the image '{name}' is named in the text but its file is missing from the XML; left out</source>
            <translation>das Bild „{name}“ wird im Text genannt, aber seine Datei fehlt im XML; weggelassen</translation>
        </message>
        <message>
            <source>the image '{name}' is not valid base64; left out</source>
            <translation>das Bild „{name}“ ist kein gültiges Base64; weggelassen</translation>
        </message>
        <message>
            <source>the image was saved as {path} but has no alt text, so it is not attached; describe it and add `{yaml}` to the question</source>
            <translation>das Bild wurde als {path} gespeichert, hat aber keinen Alternativtext und wird deshalb nicht eingebunden; beschreiben Sie es und ergänzen Sie `{yaml}` in der Frage</translation>
        </message>
        <message>
            <source>the image was saved as {path}, but this version of quizapp cannot show images in questions; not attached</source>
            <translation>das Bild wurde als {path} gespeichert, aber diese Version von quizapp kann keine Bilder in Fragen zeigen; nicht eingebunden</translation>
        </message>
        <message>
            <source>answers with the wildcard * are left out (we compare whole answers): {answers}</source>
            <translation>Antworten mit dem Platzhalter * werden weggelassen (quizapp vergleicht ganze Antworten): {answers}</translation>
        </message>
        <message>
            <source>answers worth partial credit are left out: {answers}</source>
            <translation>Antworten mit Teilpunkten werden weggelassen: {answers}</translation>
        </message>
        <message>
            <source>Moodle compared this answer case-sensitively; quizapp ignores capital letters</source>
            <translation>Moodle hat diese Antwort mit Beachtung der Groß- und Kleinschreibung verglichen; quizapp ignoriert sie</translation>
        </message>
        <message>
            <source>the answer '{answer}' is not a number; left out</source>
            <translation>die Antwort „{answer}“ ist keine Zahl; weggelassen</translation>
        </message>
        <message>
            <source>units are ignored: learners type the number alone</source>
            <translation>Einheiten werden ignoriert: Lernende geben nur die Zahl ein</translation>
        </message>
        <message>
            <source>only the first of {count} right answers is kept (ours have one number and a tolerance)</source>
            <translation>von {count} richtigen Antworten wird nur die erste übernommen (unsere haben eine Zahl und eine Toleranz)</translation>
        </message>
        <message>
            <source>the extra wrong answers are left out (our match questions offer only the right sides): {answers}</source>
            <translation>die zusätzlichen falschen Antworten werden weggelassen (unsere Zuordnungsfragen bieten nur die rechten Seiten an): {answers}</translation>
        </message>
        <message>
            <source>Moodle showed a selection of the items; quizapp shows them all</source>
            <translation>Moodle hat eine Auswahl der Elemente gezeigt; quizapp zeigt alle</translation>
        </message>
        <message>
            <source>this is not well-formed XML: {detail}</source>
            <translation>das ist kein wohlgeformtes XML: {detail}</translation>
        </message>
        <message>
            <source>a Moodle XML file starts with &lt;quiz&gt;, not &lt;{tag}&gt;</source>
            <translation>eine Moodle-XML-Datei beginnt mit &lt;quiz&gt;, nicht mit &lt;{tag}&gt;</translation>
        </message>
        <message>
            <source>fields after the second are left out ({count})</source>
            <translation>Felder nach dem zweiten werden weggelassen ({count})</translation>
        </message>
        <message>
            <source>the back is long for a typed answer; the learner must type it exactly (consider shortening it, or a typos: allowance)</source>
            <translation>die Rückseite ist lang für eine getippte Antwort; Lernende müssen sie genau so eingeben (kürzen Sie sie oder erlauben Sie Tippfehler mit typos:)</translation>
        </message>
        <message>
            <source>this line cannot be read: {detail}</source>
            <translation>diese Zeile kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>this is not an Anki package (.apkg files are zip archives)</source>
            <translation>das ist kein Anki-Paket (.apkg-Dateien sind ZIP-Archive)</translation>
        </message>
        <message>
            <source>this package uses the format of Anki 2.1.50 and later, which quizapp cannot read; in Anki, export again with 'Support older Anki versions' ticked</source>
            <translation>dieses Paket verwendet das Format von Anki 2.1.50 und neuer, das quizapp nicht lesen kann; exportieren Sie es in Anki erneut mit aktivierter Option „Ältere Anki-Versionen unterstützen“</translation>
        </message>
        <message>
            <source>the collection in this package is too large to be a deck of cards</source>
            <translation>die Sammlung in diesem Paket ist zu groß für einen Kartenstapel</translation>
        </message>
        <message>
            <source>the package is damaged and cannot be unpacked: {detail}</source>
            <translation>das Paket ist beschädigt und kann nicht entpackt werden: {detail}</translation>
        </message>
        <message>
            <source>the collection in this package cannot be read: {detail}</source>
            <translation>die Sammlung in diesem Paket kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>the line numbers of messages about this package count its notes</source>
            <translation>die Zeilennummern in Meldungen zu diesem Paket zählen seine Notizen</translation>
        </message>
        <message>
            <source>writing .apkg needs the genanki package: pip install 'quizapp[anki]' (or write Anki text, a .txt, instead)</source>
            <translation>zum Schreiben von .apkg wird das Paket genanki gebraucht: pip install 'quizapp[anki]' (oder schreiben Sie stattdessen Anki-Text, eine .txt)</translation>
        </message>
        <message>
            <source>printing to PDF is not part of this version of quizapp</source>
            <translation>Drucken als PDF gehört nicht zu dieser Version von quizapp</translation>
        </message>
        <message>
            <source>no such file</source>
            <translation>diese Datei gibt es nicht</translation>
        </message>
        <message>
            <source>this is not a file</source>
            <translation>das ist keine Datei</translation>
        </message>
        <message>
            <source>the file is {size} MB; at most {limit} MB</source>
            <translation>die Datei ist {size} MB groß; höchstens {limit} MB</translation>
        </message>
        <message>
            <source>the file cannot be read: {why}</source>
            <translation>die Datei kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>the bank's source text {name} is not next to {dest}, so its quotes cannot be checked; copy it there and add `file: {name}` under `source:`</source>
            <translation>der Quelltext {name} des Fragenkatalogs liegt nicht neben {dest}, daher können seine Zitate nicht geprüft werden; kopieren Sie ihn dorthin und ergänzen Sie `file: {name}` unter `source:`</translation>
        </message>
        <message>
            <source>exists already; use --force to replace it</source>
            <translation>existiert bereits; ersetzen Sie sie mit --force</translation>
        </message>
        <message>
            <source>is not a regular file; choose another name</source>
            <translation>ist keine normale Datei; wählen Sie einen anderen Namen</translation>
        </message>
        <message>
            <source>is the source file itself; choose another name</source>
            <translation>ist die Quelldatei selbst; wählen Sie einen anderen Namen</translation>
        </message>
        <message>
            <source>{format} can only be written</source>
            <translation>{format} kann nur geschrieben werden</translation>
        </message>
        <message numerus="yes">
            <source>the %n question(s) would make a bank of {size} MB, and a bank may be at most {limit} MB; split the file and convert the parts into separate banks</source>
            <translation>
                <numerusform>die %n Frage ergäbe einen Fragenkatalog von {size} MB, ein Fragenkatalog darf aber höchstens {limit} MB groß sein; teilen Sie die Datei und wandeln Sie die Teile in getrennte Fragenkataloge um</numerusform>
                <numerusform>die %n Fragen ergäben einen Fragenkatalog von {size} MB, ein Fragenkatalog darf aber höchstens {limit} MB groß sein; teilen Sie die Datei und wandeln Sie die Teile in getrennte Fragenkataloge um</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>draft</name>
        <message>
            <source>no such file (give a plain .txt file)</source>
            <translation>keine solche Datei (geben Sie eine einfache .txt-Datei an)</translation>
        </message>
        <message>
            <source>the text is over 2 MB; split it into chapters</source>
            <translation>der Text ist größer als 2 MB; teilen Sie ihn in Kapitel</translation>
        </message>
        <message>
            <source>the text is not UTF-8; save it as UTF-8 first</source>
            <translation>der Text ist nicht in UTF-8; speichern Sie ihn zuerst als UTF-8</translation>
        </message>
        <message>
            <source>cannot read the text: {why}</source>
            <translation>der Text kann nicht gelesen werden: {why}</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the disk or folder is read-only</source>
            <translation>der Datenträger oder der Ordner ist schreibgeschützt</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>keine Berechtigung</translation>
        </message>
        <message>
            <source>a folder is in the way where a file should be</source>
            <translation>wo eine Datei sein sollte, steht ein Ordner im Weg</translation>
        </message>
        <message>
            <source>a file is in the way where a folder should be</source>
            <translation>wo ein Ordner sein sollte, steht eine Datei im Weg</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>existiert nicht</translation>
        </message>
        <message>
            <source>it is a symbolic link, and quizapp never reads or writes through links there</source>
            <translation>ist ein symbolischer Link, und quizapp liest oder schreibt dort nie über Links</translation>
        </message>
        <message>
            <source>it is not a regular file (a device, a pipe or a socket)</source>
            <translation>ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
        </message>
        <message>
            <source>the file is too big</source>
            <translation>die Datei ist zu groß</translation>
        </message>
        <message>
            <source>the name is not valid here (too long, or a character the system refuses)</source>
            <translation>der Name ist hier nicht gültig (zu lang, oder ein Zeichen, das das System ablehnt)</translation>
        </message>
        <message>
            <source>too many levels of symbolic links</source>
            <translation>zu viele Ebenen symbolischer Links</translation>
        </message>
        <message>
            <source>the disk reported an input/output error (was it removed?)</source>
            <translation>der Datenträger meldete einen Ein-/Ausgabefehler (wurde er entfernt?)</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>wird von einem anderen Programm verwendet</translation>
        </message>
        <message>
            <source>the system refused it</source>
            <translation>vom System abgelehnt</translation>
        </message>
        <message>
            <source>Free some space on that disk.</source>
            <translation>Auf diesem Datenträger Platz freigeben.</translation>
        </message>
        <message>
            <source>Choose a folder that can be written to.</source>
            <translation>Einen Ordner wählen, in den geschrieben werden kann.</translation>
        </message>
        <message>
            <source>Choose a folder you may use, or ask for access to it.</source>
            <translation>Einen Ordner wählen, der verwendet werden darf, oder um Zugriff darauf bitten.</translation>
        </message>
        <message>
            <source>Move the folder away or choose another name.</source>
            <translation>Den Ordner verschieben oder einen anderen Namen wählen.</translation>
        </message>
        <message>
            <source>Move that file away or choose another folder.</source>
            <translation>Diese Datei verschieben oder einen anderen Ordner wählen.</translation>
        </message>
        <message>
            <source>Check the path.</source>
            <translation>Bitte den Pfad prüfen.</translation>
        </message>
        <message>
            <source>Give the real path instead of the link.</source>
            <translation>Statt des Links den echten Pfad angeben.</translation>
        </message>
        <message>
            <source>Give the path of an ordinary file.</source>
            <translation>Den Pfad einer gewöhnlichen Datei angeben.</translation>
        </message>
        <message>
            <source>Check that it is the right file.</source>
            <translation>Bitte prüfen, ob es die richtige Datei ist.</translation>
        </message>
        <message>
            <source>Choose a shorter, plainer name.</source>
            <translation>Einen kürzeren, einfacheren Namen wählen.</translation>
        </message>
        <message>
            <source>Check the disk, then try again.</source>
            <translation>Den Datenträger prüfen und es dann noch einmal versuchen.</translation>
        </message>
        <message>
            <source>Close the other program, then try again.</source>
            <translation>Das andere Programm schließen und es dann noch einmal versuchen.</translation>
        </message>
    </context>
    <context>
        <name>lrs</name>
        <message>
            <source>no answer in time</source>
            <translation>keine Antwort in der vorgesehenen Zeit</translation>
        </message>
        <message>
            <source>connection refused</source>
            <translation>Verbindung abgelehnt</translation>
        </message>
        <message>
            <source>the connection was cut</source>
            <translation>die Verbindung wurde unterbrochen</translation>
        </message>
        <message>
            <source>the name cannot be looked up</source>
            <translation>der Name kann nicht aufgelöst werden</translation>
        </message>
        <message>
            <source>The LRS at {url} refused the statements ({status}: {detail}).</source>
            <translation>Der LRS unter {url} hat die Statements abgelehnt ({status}: {detail}).</translation>
        </message>
        <message>
            <source>The LRS at {url} refused the statements ({status}).</source>
            <translation>Der LRS unter {url} hat die Statements abgelehnt ({status}).</translation>
        </message>
        <message>
            <source>The LRS endpoint '{url}' is not a web address; give one like https://lrs.school.example/xAPI/</source>
            <translation>Der LRS-Endpunkt '{url}' ist keine Webadresse; geben Sie eine wie https://lrs.school.example/xAPI/ an</translation>
        </message>
        <message>
            <source>The LRS endpoint address holds a user name or password; give the key and secret separately (see docs/lrs.md), never in the address.</source>
            <translation>Die Adresse des LRS-Endpunkts enthält einen Benutzernamen oder ein Passwort; geben Sie Schlüssel und Geheimnis getrennt an (siehe docs/lrs.md), nie in der Adresse.</translation>
        </message>
        <message>
            <source>The LRS at {url} needs a key and a secret: set them in the preset's `lrs:` or in QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET.</source>
            <translation>Der LRS unter {url} braucht einen Schlüssel und ein Geheimnis: Tragen Sie sie in `lrs:` der Vorlage oder in QUIZAPP_LRS_KEY und QUIZAPP_LRS_SECRET ein.</translation>
        </message>
        <message>
            <source>No LRS is named: give --endpoint, an `lrs: endpoint:` in the preset, or {env}.</source>
            <translation>Es ist kein LRS angegeben: Geben Sie --endpoint, ein `lrs: endpoint:` in der Vorlage oder {env} an.</translation>
        </message>
        <message>
            <source>Name the school's web address: `lrs: home_page:` or {env}.</source>
            <translation>Geben Sie die Webadresse der Schule an: `lrs: home_page:` oder {env}.</translation>
        </message>
        <message>
            <source>The preset asks for pseudonyms but {env} is not set on this machine: nothing is sent until it is (the statements are kept).</source>
            <translation>Die Vorlage verlangt Pseudonyme, aber {env} ist auf diesem Rechner nicht gesetzt: Bis dahin wird nichts gesendet (die Statements bleiben erhalten).</translation>
        </message>
        <message>
            <source>Give --key and --secret together (or neither, to use the preset's).</source>
            <translation>Geben Sie --key und --secret zusammen an (oder keines von beiden, um die der Vorlage zu verwenden).</translation>
        </message>
        <message>
            <source>The LRS at {url} answered without statements.</source>
            <translation>Der LRS unter {url} hat ohne Statements geantwortet.</translation>
        </message>
        <message>
            <source>The LRS at {url} answers and accepts this key.</source>
            <translation>Der LRS unter {url} antwortet und nimmt diesen Schlüssel an.</translation>
        </message>
        <message>
            <source>The LRS at {url} accepts this key, but it may not read statements (that is enough for sending).</source>
            <translation>Der LRS unter {url} nimmt diesen Schlüssel an, er darf aber keine Statements lesen (zum Senden genügt das).</translation>
        </message>
        <message>
            <source>The LRS at {url} answered {status}; the statements are kept and sent later.</source>
            <translation>Der LRS unter {url} hat mit {status} geantwortet; die Statements bleiben erhalten und werden später gesendet.</translation>
        </message>
        <message>
            <source>The LRS at {url} cannot be reached ({why}); the statements are kept and sent later.</source>
            <translation>Der LRS unter {url} ist nicht erreichbar ({why}); die Statements bleiben erhalten und werden später gesendet.</translation>
        </message>
        <message>
            <source>The LRS at {url} refused the key and secret ({status}): check them in the preset's `lrs:` or in QUIZAPP_LRS_KEY / QUIZAPP_LRS_SECRET. The statements are kept and sent once they are right.</source>
            <translation>Der LRS unter {url} hat Schlüssel und Geheimnis abgelehnt ({status}): Prüfen Sie sie in `lrs:` der Vorlage oder in QUIZAPP_LRS_KEY / QUIZAPP_LRS_SECRET. Die Statements bleiben erhalten und werden gesendet, sobald sie stimmen.</translation>
        </message>
        <message>
            <source>There is no xAPI statements resource at {url} (404): the endpoint is the address ending before `statements`, often …/xAPI/.</source>
            <translation>Unter {url} gibt es keine xAPI-Statements-Ressource (404): Der Endpunkt ist die Adresse, die vor `statements` endet, oft …/xAPI/.</translation>
        </message>
        <message>
            <source>Sending to the LRS failed (the log says why).</source>
            <translation>Das Senden an den LRS ist fehlgeschlagen (das Protokoll nennt den Grund).</translation>
        </message>
    </context>
    <context>
        <name>preset</name>
        <message>
            <source>the preset</source>
            <comment>subject</comment>
            <translation>die Vorlage</translation>
        </message>
        <message>
            <source>in the preset</source>
            <translation>in der Vorlage</translation>
        </message>
        <message>
            <source>the results folder {folder} is not a folder; create it, or plug in its stick. quizapp never creates it, and keeps results on each machine until it is there</source>
            <translation>der Ergebnisordner {folder} ist kein Ordner; legen Sie ihn an oder stecken Sie seinen USB-Stick ein. quizapp legt ihn nie selbst an und behält die Ergebnisse auf jedem Rechner, bis er da ist</translation>
        </message>
        <message>
            <source>the results folder {folder} does not exist (yet); create it, or plug in its stick. quizapp never creates it, and keeps results on each machine until it is there</source>
            <translation>den Ergebnisordner {folder} gibt es (noch) nicht; legen Sie ihn an oder stecken Sie seinen USB-Stick ein. quizapp legt ihn nie selbst an und behält die Ergebnisse auf jedem Rechner, bis er da ist</translation>
        </message>
        <message>
            <source>there is no bank '{bank}' in the library{suggestion} (the library has {known})</source>
            <translation>in der Bibliothek gibt es keinen Fragenkatalog „{bank}“{suggestion} (die Bibliothek enthält {known})</translation>
        </message>
        <message>
            <source>there is no bank '{bank}' in the library{suggestion}</source>
            <translation>in der Bibliothek gibt es keinen Fragenkatalog „{bank}“{suggestion}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <comment>a list of bank ids</comment>
            <translation>{items} und {last}</translation>
        </message>
        <message>
            <source>the file is too large for a preset; a preset is a few lines</source>
            <translation>die Datei ist zu groß für eine Vorlage; eine Vorlage hat nur wenige Zeilen</translation>
        </message>
        <message>
            <source>the preset file cannot be read: {why}</source>
            <translation>die Vorlagendatei kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>the preset's file name contains a NUL character</source>
            <translation>der Dateiname der Vorlage enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>the file is empty; a preset needs `title:`, `banks:` and `results:`</source>
            <translation>die Datei ist leer; eine Vorlage braucht `title:`, `banks:` und `results:`</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a preset</source>
            <translation>die Datei ist zu tief verschachtelt, um eine Vorlage zu sein</translation>
        </message>
        <message>
            <source>the file starts with a list; a preset is a set of `key: value` lines like `title:`, `banks:` and `results:`</source>
            <translation>die Datei beginnt mit einer Liste; eine Vorlage besteht aus Zeilen der Form `Schlüssel: Wert` wie `title:`, `banks:` und `results:`</translation>
        </message>
        <message>
            <source>`title:` is missing; add a line like `title: Week 3 review`</source>
            <translation>`title:` fehlt; ergänzen Sie eine Zeile wie `title: Wiederholung Woche 3`</translation>
        </message>
        <message>
            <source>the preset id '{value}' may use only a-z, 0-9, '.', '_' and '-' (for example '{example}')</source>
            <translation>die Vorlagen-ID „{value}“ darf nur a-z, 0-9, „.“, „_“ und „-“ enthalten (zum Beispiel „{example}“)</translation>
        </message>
        <message>
            <source>`mode` must be practice or exam, not '{value}'{suggestion}</source>
            <translation>`mode` muss practice oder exam sein, nicht „{value}“{suggestion}</translation>
        </message>
        <message>
            <source>`banks:` is missing; name the ids of the banks to ask from, e.g. `banks: [azerbaijan-us-relations]`</source>
            <translation>`banks:` fehlt; nennen Sie die IDs der Fragenkataloge, aus denen gefragt wird, z. B. `banks: [azerbaijan-us-relations]`</translation>
        </message>
        <message>
            <source>'{value}' is not a bank id: a bank id uses only a-z, 0-9, '.', '_' and '-' (it is the bank's `id:`, or its file name without .yaml)</source>
            <translation>„{value}“ ist keine Fragenkatalog-ID: eine Fragenkatalog-ID enthält nur a-z, 0-9, „.“, „_“ und „-“ (sie ist die `id:` des Fragenkatalogs oder sein Dateiname ohne .yaml)</translation>
        </message>
        <message>
            <source>`difficulty` must be easy, medium or hard, not '{value}'{suggestion}</source>
            <translation>`difficulty` muss easy, medium oder hard sein, nicht „{value}“{suggestion}</translation>
        </message>
        <message>
            <source>'{value}' names the bank '{bank}', which is not in `banks`</source>
            <translation>„{value}“ nennt den Fragenkatalog „{bank}“, der nicht in `banks` steht</translation>
        </message>
        <message>
            <source>the question id '{value}' is in {banks}; write it as bank-id/{value}</source>
            <translation>die Fragen-ID „{value}“ gibt es in {banks}; schreiben Sie sie als Fragenkatalog-ID/{value}</translation>
        </message>
        <message>
            <source>with more than one bank, write the question as bank-id/{value}</source>
            <translation>bei mehr als einem Fragenkatalog schreiben Sie die Frage als Fragenkatalog-ID/{value}</translation>
        </message>
        <message>
            <source>no bank in `banks` has a question '{value}'</source>
            <translation>kein Fragenkatalog in `banks` hat eine Frage „{value}“</translation>
        </message>
        <message>
            <source>`questions` is how many questions to ask (a number, or `all`); to pick questions by id, list them under `filters:` as `questions: [...]`</source>
            <translation>`questions` gibt an, wie viele Fragen gestellt werden (eine Zahl oder `all`); um Fragen nach ID auszuwählen, führen Sie sie unter `filters:` als `questions: [...]` auf</translation>
        </message>
        <message>
            <source>`{name}` is in seconds and must be more than 0 and at most {high} (or `off` for no limit)</source>
            <translation>`{name}` wird in Sekunden angegeben und muss größer als 0 und höchstens {high} sein (oder `off` für keine Begrenzung)</translation>
        </message>
        <message>
            <source>`time_limit` takes `quiz:` and/or `question:` in seconds, e.g. `time_limit: {quiz: 600, question: 60}` (or `time_limit: off`)</source>
            <translation>`time_limit` nimmt `quiz:` und/oder `question:` in Sekunden, z. B. `time_limit: {quiz: 600, question: 60}` (oder `time_limit: off`)</translation>
        </message>
        <message>
            <source>`feedback` must be after_each, end, score or none, not '{value}'{suggestion}</source>
            <translation>`feedback` muss after_each, end, score oder none sein, nicht „{value}“{suggestion}</translation>
        </message>
        <message>
            <source>an exam shows feedback only at the end; write `feedback: end` (or `none`), or use `mode: practice` for feedback after each question</source>
            <translation>eine Prüfung zeigt Rückmeldungen erst am Ende; schreiben Sie `feedback: end` (oder `none`), oder verwenden Sie `mode: practice` für Rückmeldungen nach jeder Frage</translation>
        </message>
        <message>
            <source>`results:` is missing; name the folder where results are collected, e.g. `results: week3-results` (a relative folder is next to this file)</source>
            <translation>`results:` fehlt; nennen Sie den Ordner, in dem die Ergebnisse gesammelt werden, z. B. `results: week3-results` (ein relativer Ordner liegt neben dieser Datei)</translation>
        </message>
        <message>
            <source>`results:` is not a usable folder name: {why}</source>
            <translation>`results:` ist kein brauchbarer Ordnername: {why}</translation>
        </message>
        <message>
            <source>`results: {value}`: that home folder does not exist</source>
            <translation>`results: {value}`: diesen persönlichen Ordner gibt es nicht</translation>
        </message>
        <message>
            <source>`results: {value}` is a system folder ({folder}); results belong in a folder of their own, e.g. `results: week3-results` next to this file</source>
            <translation>`results: {value}` ist ein Systemordner ({folder}); Ergebnisse gehören in einen eigenen Ordner, z. B. `results: week3-results` neben dieser Datei</translation>
        </message>
        <message>
            <source>no question of the chosen banks has the tag '{tag}'{suggestion}</source>
            <translation>keine Frage der gewählten Fragenkataloge hat das Schlagwort „{tag}“{suggestion}</translation>
        </message>
        <message>
            <source>the bank '{bank}' has no question '{question}'{suggestion}</source>
            <translation>der Fragenkatalog „{bank}“ hat keine Frage „{question}“{suggestion}</translation>
        </message>
        <message>
            <source>no question of the chosen banks matches these filters</source>
            <translation>keine Frage der gewählten Fragenkataloge passt zu diesen Filtern</translation>
        </message>
        <message numerus="yes">
            <source>the filters match only %n question(s), so a learner gets %n, not {count}</source>
            <translation>
                <numerusform>die Filter treffen nur auf %n Frage zu, also bekommen Lernende %n, nicht {count}</numerusform>
                <numerusform>die Filter treffen nur auf %n Fragen zu, also bekommen Lernende %n, nicht {count}</numerusform>
            </translation>
        </message>
        <message>
            <source>`learners` must be names or pseudonyms, not '{value}'{suggestion}</source>
            <translation>`learners` muss names oder pseudonyms sein, nicht „{value}“{suggestion}</translation>
        </message>
        <message>
            <source>`pass_mark` is a percentage from 0 to 100, e.g. `pass_mark: 60`</source>
            <translation>`pass_mark` ist ein Prozentwert von 0 bis 100, z. B. `pass_mark: 60`</translation>
        </message>
        <message>
            <source>`lrs` has a {given} but no {missing}; give both, or neither and set QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET on the machines</source>
            <translation>`lrs` hat ein {given}, aber kein {missing}; geben Sie beide an, oder keines und setzen Sie QUIZAPP_LRS_KEY und QUIZAPP_LRS_SECRET auf den Rechnern</translation>
        </message>
        <message>
            <source>the LRS secret is in the preset file, which learners may be able to read; prefer QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET (see docs/lrs.md)</source>
            <translation>das LRS-Secret steht in der Vorlagendatei, die Lernende womöglich lesen können; verwenden Sie besser QUIZAPP_LRS_KEY und QUIZAPP_LRS_SECRET (siehe docs/lrs.md)</translation>
        </message>
        <message>
            <source>`lrs` needs `{name}:`, a web address like {example}</source>
            <translation>`lrs` braucht `{name}:`, eine Webadresse wie {example}</translation>
        </message>
        <message>
            <source>`{name}` must be a web address like {example}, not '{value}'</source>
            <translation>`{name}` muss eine Webadresse wie {example} sein, nicht „{value}“</translation>
        </message>
        <message>
            <source>`{name}` must not hold a user name or password; give `key:` and `secret:` (or QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET) instead</source>
            <translation>`{name}` darf keinen Benutzernamen und kein Passwort enthalten; geben Sie stattdessen `key:` und `secret:` an (oder QUIZAPP_LRS_KEY und QUIZAPP_LRS_SECRET)</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <source>the file cannot be read: {why}</source>
            <translation>die Datei kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>the file cannot be read: it is over {mb} MB, too large for a result</source>
            <translation>die Datei kann nicht gelesen werden: Sie ist größer als {mb} MB, zu groß für ein Ergebnis</translation>
        </message>
        <message>
            <source>the file's name cannot be used</source>
            <translation>der Name der Datei kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text (it is damaged)</source>
            <translation>die Datei ist kein UTF-8-Text (sie ist beschädigt)</translation>
        </message>
        <message>
            <source>the file is nested too deeply to be a result</source>
            <translation>die Datei ist zu tief verschachtelt, um ein Ergebnis zu sein</translation>
        </message>
        <message>
            <source>the file is not valid JSON (it is damaged or cut short at line {line}, column {column})</source>
            <translation>die Datei ist kein gültiges JSON (sie ist beschädigt oder bricht in Zeile {line}, Spalte {column} ab)</translation>
        </message>
        <message>
            <source>the file holds NaN or Infinity, which is not a number a result can hold</source>
            <translation>die Datei enthält NaN oder Infinity, keine Zahl, die ein Ergebnis enthalten kann</translation>
        </message>
        <message>
            <source>the file holds text that is not valid Unicode</source>
            <translation>die Datei enthält Text, der kein gültiges Unicode ist</translation>
        </message>
        <message>
            <source>the file holds a number too large to be real</source>
            <translation>die Datei enthält eine Zahl, die zu groß ist, um echt zu sein</translation>
        </message>
        <message>
            <source>the file should be a JSON object</source>
            <translation>die Datei sollte ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>this is not a quizapp classroom result file</source>
            <translation>das ist keine Ergebnisdatei aus dem quizapp-Unterricht</translation>
        </message>
        <message>
            <source>the file is in format version {version}, written by a newer quizapp; update quizapp to read it</source>
            <translation>die Datei hat die Formatversion {version} und wurde von einem neueren quizapp geschrieben; aktualisieren Sie quizapp, um sie zu lesen</translation>
        </message>
        <message>
            <source>the file's checksum does not match its content (it is damaged)</source>
            <translation>die Prüfsumme der Datei passt nicht zu ihrem Inhalt (sie ist beschädigt)</translation>
        </message>
        <message>
            <source>the file is damaged: {detail}</source>
            <translation>die Datei ist beschädigt: {detail}</translation>
        </message>
        <message>
            <source>`{field}` is missing</source>
            <comment>a key of a result file</comment>
            <translation>`{field}` fehlt</translation>
        </message>
        <message>
            <source>`{field}` should be a JSON object</source>
            <translation>`{field}` sollte ein JSON-Objekt sein</translation>
        </message>
        <message>
            <source>`{field}` should be a list</source>
            <translation>`{field}` sollte eine Liste sein</translation>
        </message>
        <message>
            <source>`{field}` should be text</source>
            <translation>`{field}` sollte Text sein</translation>
        </message>
        <message>
            <source>`{field}` should be a number</source>
            <translation>`{field}` sollte eine Zahl sein</translation>
        </message>
        <message>
            <source>`{field}` should be a whole number</source>
            <translation>`{field}` sollte eine ganze Zahl sein</translation>
        </message>
        <message>
            <source>`{field}` should be true or false</source>
            <translation>`{field}` sollte true oder false sein</translation>
        </message>
        <message>
            <source>`{field}` is out of range</source>
            <translation>`{field}` liegt außerhalb des gültigen Bereichs</translation>
        </message>
        <message>
            <source>`{field}` is not a date and time</source>
            <translation>`{field}` ist keine Datums- und Zeitangabe</translation>
        </message>
        <message>
            <source>`{field}` has no time zone</source>
            <translation>`{field}` hat keine Zeitzone</translation>
        </message>
        <message>
            <source>`{field}` is empty</source>
            <translation>`{field}` ist leer</translation>
        </message>
        <message>
            <source>its answers and its question order do not agree</source>
            <translation>ihre Antworten passen nicht zu ihrer Fragenreihenfolge</translation>
        </message>
        <message>
            <source>a score of {value} is not between 0 and 1</source>
            <translation>eine Punktzahl von {value} liegt nicht zwischen 0 und 1</translation>
        </message>
        <message>
            <source>its content does not fit together</source>
            <translation>ihr Inhalt passt nicht zusammen</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n Antwort</numerusform>
                <numerusform>%n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n Versuch</numerusform>
                <numerusform>%n Versuche</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bank(s)</source>
            <translation>
                <numerusform>%n Fragenkatalog</numerusform>
                <numerusform>%n Fragenkataloge</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n draft question(s)</source>
            <translation>
                <numerusform>%n Fragenentwurf</numerusform>
                <numerusform>%n Fragenentwürfe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n Duplikat</numerusform>
                <numerusform>%n Duplikate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n Fehler</numerusform>
                <numerusform>%n Fehler</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n Datei</numerusform>
                <numerusform>%n Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n preset(s)</source>
            <translation>
                <numerusform>%n Vorlage</numerusform>
                <numerusform>%n Vorlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n Frage</numerusform>
                <numerusform>%n Fragen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n Ergebnis</numerusform>
                <numerusform>%n Ergebnisse</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unreadable file(s)</source>
            <translation>
                <numerusform>%n unlesbare Datei</numerusform>
                <numerusform>%n unlesbare Dateien</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>too easy</source>
            <comment>a question's flag</comment>
            <translation>zu leicht</translation>
        </message>
        <message>
            <source>too hard</source>
            <comment>a question's flag</comment>
            <translation>zu schwer</translation>
        </message>
        <message>
            <source>negative discrimination</source>
            <comment>a question's flag</comment>
            <translation>negative Trennschärfe</translation>
        </message>
        <message>
            <source>{value}%</source>
            <comment>a whole percentage</comment>
            <translation>{value} %</translation>
        </message>
        <message>
            <source>not finished</source>
            <comment>how an attempt ended</comment>
            <translation>nicht abgeschlossen</translation>
        </message>
        <message>
            <source>finished</source>
            <comment>how an attempt ended</comment>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>time ran out</source>
            <comment>how an attempt ended</comment>
            <translation>Zeit abgelaufen</translation>
        </message>
        <message>
            <source>ended early</source>
            <comment>how an attempt ended</comment>
            <translation>vorzeitig beendet</translation>
        </message>
        <message>
            <source>interrupted</source>
            <comment>how an attempt ended</comment>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>practice</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>Übungsquiz</translation>
        </message>
        <message>
            <source>exam</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>Prüfungsquiz</translation>
        </message>
        <message>
            <source>my mistakes</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>Quiz „Meine Fehler“</translation>
        </message>
        <message>
            <source>review</source>
            <comment>a quiz's mode, inside a sentence</comment>
            <translation>Wiederholungsquiz</translation>
        </message>
        <message>
            <source>single choice</source>
            <comment>a question's type</comment>
            <translation>Einfachauswahl</translation>
        </message>
        <message>
            <source>multiple choice</source>
            <comment>a question's type</comment>
            <translation>Mehrfachauswahl</translation>
        </message>
        <message>
            <source>true/false</source>
            <comment>a question's type</comment>
            <translation>wahr/falsch</translation>
        </message>
        <message>
            <source>short answer</source>
            <comment>a question's type</comment>
            <translation>Kurzantwort</translation>
        </message>
        <message>
            <source>number</source>
            <comment>a question's type</comment>
            <translation>Zahl</translation>
        </message>
        <message>
            <source>order</source>
            <comment>a question's type</comment>
            <translation>Reihenfolge</translation>
        </message>
        <message>
            <source>match</source>
            <comment>a question's type</comment>
            <translation>Zuordnung</translation>
        </message>
        <message>
            <source>pick one</source>
            <comment>how to answer</comment>
            <translation>eine wählen</translation>
        </message>
        <message>
            <source>tick every right choice</source>
            <comment>how to answer</comment>
            <translation>alle richtigen ankreuzen</translation>
        </message>
        <message>
            <source>true or false</source>
            <comment>how to answer</comment>
            <translation>wahr oder falsch</translation>
        </message>
        <message>
            <source>type a short answer</source>
            <comment>how to answer</comment>
            <translation>eine kurze Antwort eingeben</translation>
        </message>
        <message>
            <source>type a number</source>
            <comment>how to answer</comment>
            <translation>eine Zahl eingeben</translation>
        </message>
        <message>
            <source>put in order</source>
            <comment>how to answer</comment>
            <translation>in die richtige Reihenfolge bringen</translation>
        </message>
        <message>
            <source>match the pairs</source>
            <comment>how to answer</comment>
            <translation>die Paare zuordnen</translation>
        </message>
        <message>
            <source>True</source>
            <comment>a true/false answer</comment>
            <translation>Wahr</translation>
        </message>
        <message>
            <source>False</source>
            <comment>a true/false answer</comment>
            <translation>Falsch</translation>
        </message>
        <message>
            <source>Practice</source>
            <comment>a quiz's mode</comment>
            <translation>Üben</translation>
        </message>
        <message>
            <source>Exam</source>
            <comment>a quiz's mode</comment>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>My mistakes</source>
            <comment>a quiz's mode</comment>
            <translation>Meine Fehler</translation>
        </message>
        <message>
            <source>Due for review</source>
            <comment>a quiz's mode</comment>
            <translation>Zur Wiederholung fällig</translation>
        </message>
        <message numerus="yes">
            <source>{hits} of the {right} right choices picked and %n wrong pick(s):</source>
            <translation>
                <numerusform>{hits} von {right} richtigen Antworten gewählt und %n falsche:</numerusform>
                <numerusform>{hits} von {right} richtigen Antworten gewählt und %n falsche:</numerusform>
            </translation>
        </message>
        <message>
            <source>(never below 0)</source>
            <translation>(nie unter 0)</translation>
        </message>
        <message>
            <source>'{text}'</source>
            <comment>a quoted word</comment>
            <translation>„{text}“</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <comment>a list of alternatives</comment>
            <translation>{items} oder {last}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>A leading {articles} does not count when answers are compared.</source>
            <translation>Ein vorangestelltes {articles} zählt beim Vergleich der Antworten nicht.</translation>
        </message>
        <message numerus="yes">
            <source>That is {distance} edits from '{closest}'; up to %n edit(s) allowed for an answer that short.</source>
            <translation>
                <numerusform>Das sind {distance} Änderungen bis „{closest}“; bei einer so kurzen Antwort ist höchstens %n erlaubt.</numerusform>
                <numerusform>Das sind {distance} Änderungen bis „{closest}“; bei einer so kurzen Antwort sind höchstens %n erlaubt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That is {distance} edits from '{closest}'; up to %n edit(s) allowed.</source>
            <translation>
                <numerusform>Das sind {distance} Änderungen bis „{closest}“; höchstens %n ist erlaubt.</numerusform>
                <numerusform>Das sind {distance} Änderungen bis „{closest}“; höchstens %n sind erlaubt.</numerusform>
            </translation>
        </message>
        <message>
            <source>No number was given.</source>
            <translation>Es wurde keine Zahl eingegeben.</translation>
        </message>
        <message>
            <source>'{text}' is too large a number.</source>
            <translation>„{text}“ ist eine zu große Zahl.</translation>
        </message>
        <message>
            <source>'{text}' divides by zero.</source>
            <translation>„{text}“ teilt durch null.</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: write decimals with a comma (1,5), and use a point only between groups of three digits (1.998).</source>
            <translation>„{text}“ ist mehrdeutig: Schreib Dezimalzahlen mit Komma (1,5) und setze einen Punkt nur zwischen Dreiergruppen von Ziffern (1.998).</translation>
        </message>
        <message>
            <source>'{text}' is ambiguous: write decimals with a point (1.5), and use a comma only between groups of three digits (1,998).</source>
            <translation>„{text}“ ist mehrdeutig: Schreib Dezimalzahlen mit Punkt (1.5) und setze ein Komma nur zwischen Dreiergruppen von Ziffern (1,998).</translation>
        </message>
        <message>
            <source>'{text}' is not a number.</source>
            <translation>„{text}“ ist keine Zahl.</translation>
        </message>
        <message>
            <source>Read as {value}</source>
            <translation>Gelesen als {value}</translation>
        </message>
        <message>
            <source>No answer was given.</source>
            <translation>Es wurde keine Antwort gegeben.</translation>
        </message>
        <message>
            <source>Time ran out before an answer was given.</source>
            <translation>Die Zeit ist abgelaufen, bevor eine Antwort gegeben wurde.</translation>
        </message>
        <message>
            <source>Time ran out; what you had entered was submitted.</source>
            <translation>Die Zeit ist abgelaufen; deine bisherige Eingabe wurde abgegeben.</translation>
        </message>
        <message>
            <source>'{answer}' is also accepted.</source>
            <translation>„{answer}“ gilt ebenfalls als richtig.</translation>
        </message>
        <message>
            <source>Your answer was accepted as a close spelling of '{closest}'.</source>
            <translation>Deine Antwort wurde als ähnliche Schreibweise von „{closest}“ anerkannt.</translation>
        </message>
        <message>
            <source>This question has no number to compare with.</source>
            <translation>Diese Frage hat keine Zahl zum Vergleichen.</translation>
        </message>
        <message>
            <source>{value} is within ± {tolerance} of {answer}.</source>
            <translation>{value} liegt innerhalb von ± {tolerance} um {answer}.</translation>
        </message>
        <message>
            <source>{value} is {off} away from the answer; answers within ± {tolerance} are accepted.</source>
            <translation>{value} liegt {off} neben der Lösung; Antworten innerhalb von ± {tolerance} gelten als richtig.</translation>
        </message>
        <message numerus="yes">
            <source>{right} of the %n neighbouring pair(s) are in the right order.</source>
            <translation>
                <numerusform>{right} von %n benachbarten Paar steht in der richtigen Reihenfolge.</numerusform>
                <numerusform>{right} von %n benachbarten Paaren stehen in der richtigen Reihenfolge.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{right} of the %n pair(s) are matched right.</source>
            <translation>
                <numerusform>{right} von %n Paar ist richtig zugeordnet.</numerusform>
                <numerusform>{right} von %n Paaren sind richtig zugeordnet.</numerusform>
            </translation>
        </message>
        <message>
            <source>The quiz cannot start</source>
            <translation>Das Quiz kann nicht starten</translation>
        </message>
        <message>
            <source>This quiz cannot be resumed</source>
            <translation>Dieses Quiz kann nicht fortgesetzt werden</translation>
        </message>
        <message>
            <source>This attempt cannot be opened</source>
            <translation>Dieser Versuch kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>The classroom session cannot start</source>
            <translation>Die Klassensitzung kann nicht starten</translation>
        </message>
        <message>
            <source>This preset cannot be used</source>
            <translation>Diese Vorlage kann nicht verwendet werden</translation>
        </message>
        <message>
            <source>The preset {path} has mistakes, so the classroom session cannot start:

{detail}

Correct them in the file (`quizapp validate` lists the same), then start again.</source>
            <translation>Die Vorlage {path} enthält Fehler, deshalb kann die Klassensitzung nicht starten:

{detail}

Die Fehler in der Datei korrigieren (`quizapp validate` zeigt dieselben an) und dann erneut starten.</translation>
        </message>
        <message>
            <source>The outbox {outbox} cannot be written either ({why}).</source>
            <translation>Auch der Postausgang {outbox} kann nicht geschrieben werden ({why}).</translation>
        </message>
        <message>
            <source>The results folder {folder} is not there (is the USB stick plugged in, or the shared folder connected?).</source>
            <translation>Der Ergebnisordner {folder} ist nicht da (ist der USB-Stick eingesteckt oder der freigegebene Ordner verbunden?).</translation>
        </message>
        <message>
            <source>The results folder {folder} is not a folder.</source>
            <translation>Der Ergebnisordner {folder} ist kein Ordner.</translation>
        </message>
        <message>
            <source>The results folder {folder} is not there any more.</source>
            <translation>Der Ergebnisordner {folder} ist nicht mehr da.</translation>
        </message>
        <message>
            <source>The results folder {folder} cannot be written to: {why}.</source>
            <translation>In den Ergebnisordner {folder} kann nicht geschrieben werden: {why}.</translation>
        </message>
        <message>
            <source>The waiting result {path} cannot be read ({detail}).</source>
            <translation>Das wartende Ergebnis {path} kann nicht gelesen werden ({detail}).</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s) kept on this machine will be delivered when it is back.</source>
            <translation>
                <numerusform>%n auf diesem Rechner aufbewahrtes Ergebnis wird zugestellt, sobald er wieder da ist.</numerusform>
                <numerusform>%n auf diesem Rechner aufbewahrte Ergebnisse werden zugestellt, sobald er wieder da ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your answers are kept while quizapp stays open and are saved as soon as it can write.</source>
            <translation>Deine Antworten bleiben erhalten, solange quizapp geöffnet ist, und werden gespeichert, sobald es schreiben kann.</translation>
        </message>
        <message>
            <source>You can still take quizzes; answers are kept while quizapp stays open and saved as soon as it can write.</source>
            <translation>Du kannst trotzdem Quizze machen; Antworten bleiben erhalten, solange quizapp geöffnet ist, und werden gespeichert, sobald es schreiben kann.</translation>
        </message>
        <message>
            <source>It was moved to {moved} (kept, not deleted).</source>
            <translation>Sie wurde nach {moved} verschoben (aufbewahrt, nicht gelöscht).</translation>
        </message>
        <message>
            <source>Nothing was moved.</source>
            <translation>Es wurde nichts verschoben.</translation>
        </message>
        <message>
            <source>process {pid} on {host}, since {since}</source>
            <translation>Prozess {pid} auf {host}, seit {since}</translation>
        </message>
        <message>
            <source>process {pid} on {host}</source>
            <translation>Prozess {pid} auf {host}</translation>
        </message>
        <message>
            <source>quizapp is already open for the data folder {folder} ({who}). Switch to that window, or close it first. A lab machine can give each session its own folder with --data-dir.</source>
            <translation>quizapp ist für den Datenordner {folder} bereits geöffnet ({who}). Zu diesem Fenster wechseln oder es zuerst schließen. Ein Rechner im Computerraum kann jeder Sitzung mit --data-dir einen eigenen Ordner geben.</translation>
        </message>
        <message>
            <source>quizapp is already open for the data folder {folder}. Switch to that window, or close it first. A lab machine can give each session its own folder with --data-dir.</source>
            <translation>quizapp ist für den Datenordner {folder} bereits geöffnet. Zu diesem Fenster wechseln oder es zuerst schließen. Ein Rechner im Computerraum kann jeder Sitzung mit --data-dir einen eigenen Ordner geben.</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s) could not be saved to {folder}.</source>
            <translation>
                <numerusform>%n Antwort konnte nicht in {folder} gespeichert werden.</numerusform>
                <numerusform>%n Antworten konnten nicht in {folder} gespeichert werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>They were written to {fallback} instead; keep that file.</source>
            <translation>Sie wurden stattdessen in {fallback} geschrieben; diese Datei bitte aufbewahren.</translation>
        </message>
        <message>
            <source>The session state cannot be saved: it is not plain JSON ({detail}).</source>
            <translation>Der Sitzungszustand kann nicht gespeichert werden: Er ist kein einfaches JSON ({detail}).</translation>
        </message>
        <message>
            <source>The quiz configuration cannot be saved: it is not plain JSON ({detail}).</source>
            <translation>Die Quiz-Einstellungen können nicht gespeichert werden: Sie sind kein einfaches JSON ({detail}).</translation>
        </message>
        <message>
            <source>{what} cannot be saved: it is not plain JSON ({detail}).</source>
            <translation>{what} kann nicht gespeichert werden: Es ist kein einfaches JSON ({detail}).</translation>
        </message>
        <message>
            <source>The progress file was damaged ({problem}). {moved} Progress was restored from the backup made on {made}: answers given after that time are missing.</source>
            <translation>Die Lernstandsdatei war beschädigt ({problem}). {moved} Der Lernstand wurde aus der Sicherung vom {made} wiederhergestellt: Antworten, die danach gegeben wurden, fehlen.</translation>
        </message>
        <message>
            <source>The progress file was damaged ({problem}) and there is no usable backup. {moved} Progress starts again from empty.</source>
            <translation>Die Lernstandsdatei war beschädigt ({problem}), und es gibt keine brauchbare Sicherung. {moved} Der Lernstand beginnt wieder von vorn.</translation>
        </message>
        <message>
            <source>Progress cannot be written: {why}.</source>
            <translation>Der Lernstand kann nicht geschrieben werden: {why}.</translation>
        </message>
        <message>
            <source>The progress file {path} is missing and cannot be restored now: {why}. Progress is shown from the backup made on {made}; it is restored, and your new answers saved, as soon as quizapp can write there.</source>
            <translation>Die Lernstandsdatei {path} fehlt und kann jetzt nicht wiederhergestellt werden: {why}. Der Lernstand wird aus der Sicherung vom {made} angezeigt; er wird wiederhergestellt und deine neuen Antworten werden gespeichert, sobald quizapp dort schreiben kann.</translation>
        </message>
        <message>
            <source>Progress cannot be saved: {why}. Choose a folder quizapp can write to with --data-dir (or QUIZAPP_DATA_DIR).</source>
            <translation>Der Lernstand kann nicht gespeichert werden: {why}. Mit --data-dir (oder QUIZAPP_DATA_DIR) einen Ordner wählen, in den quizapp schreiben kann.</translation>
        </message>
        <message>
            <source>There is no saved progress in {folder} yet.</source>
            <translation>In {folder} ist noch kein Lernstand gespeichert.</translation>
        </message>
        <message>
            <source>Cannot read the progress file: {why}</source>
            <translation>Die Lernstandsdatei kann nicht gelesen werden: {why}</translation>
        </message>
        <message>
            <source>The progress file {path} is from an older quizapp and cannot be upgraded now: {why}. Open quizapp once where it can write.</source>
            <translation>Die Lernstandsdatei {path} stammt von einer älteren quizapp-Version und kann jetzt nicht aktualisiert werden: {why}. quizapp einmal dort öffnen, wo es schreiben kann.</translation>
        </message>
        <message>
            <source>The progress file {path} was made by a newer version of quizapp (schema {found}, this one knows up to {latest}). Update quizapp, or choose another data folder.</source>
            <translation>Die Lernstandsdatei {path} wurde von einer neueren quizapp-Version angelegt (Schema {found}, diese kennt bis {latest}). quizapp aktualisieren oder einen anderen Datenordner wählen.</translation>
        </message>
        <message>
            <source>The progress file {path} is damaged ({problem}). Start quizapp once where it can write: it repairs the file from its newest backup.</source>
            <translation>Die Lernstandsdatei {path} ist beschädigt ({problem}). quizapp einmal dort starten, wo es schreiben kann: Es repariert die Datei aus der neuesten Sicherung.</translation>
        </message>
        <message>
            <source>Cannot read the progress file {path}: {detail}</source>
            <translation>Die Lernstandsdatei {path} kann nicht gelesen werden: {detail}</translation>
        </message>
        <message>
            <source>Cannot open the progress file {path}: {detail}</source>
            <translation>Die Lernstandsdatei {path} kann nicht geöffnet werden: {detail}</translation>
        </message>
        <message>
            <source>Cannot take the data folder: {detail}</source>
            <translation>Der Datenordner kann nicht übernommen werden: {detail}</translation>
        </message>
        <message>
            <source>Progress cannot be written right now.</source>
            <translation>Der Lernstand kann gerade nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Could not save progress: {detail}</source>
            <translation>Der Lernstand konnte nicht gespeichert werden: {detail}</translation>
        </message>
        <message>
            <source>This progress file was opened for reading only.</source>
            <translation>Diese Lernstandsdatei wurde nur zum Lesen geöffnet.</translation>
        </message>
        <message>
            <source>The progress store is closed.</source>
            <translation>Der Lernstandsspeicher ist geschlossen.</translation>
        </message>
        <message>
            <source>There is no learner with id {id}.</source>
            <translation>Es gibt keine lernende Person mit der ID {id}.</translation>
        </message>
        <message>
            <source>There is no attempt with id {id}.</source>
            <translation>Es gibt keinen Versuch mit der ID {id}.</translation>
        </message>
        <message>
            <source>Attempt {id} has already ended.</source>
            <translation>Versuch {id} ist bereits beendet.</translation>
        </message>
        <message>
            <source>There is already a learner called {name}.</source>
            <translation>Es gibt schon eine lernende Person namens {name}.</translation>
        </message>
        <message>
            <source>A learner needs a name.</source>
            <translation>Eine lernende Person braucht einen Namen.</translation>
        </message>
        <message>
            <source>A learner's name can be at most {max} characters long.</source>
            <translation>Der Name einer lernenden Person darf höchstens {max} Zeichen lang sein.</translation>
        </message>
        <message>
            <source>A learner's name contains characters that cannot be saved.</source>
            <translation>Der Name der lernenden Person enthält Zeichen, die nicht gespeichert werden können.</translation>
        </message>
        <message>
            <source>The extra-time factor must be between {low} (no extra time) and {high}.</source>
            <translation>Der Faktor für Zusatzzeit muss zwischen {low} (keine Zusatzzeit) und {high} liegen.</translation>
        </message>
        <message>
            <source>The font size must be between {low} and {high} points.</source>
            <translation>Die Schriftgröße muss zwischen {low} und {high} Punkt liegen.</translation>
        </message>
        <message>
            <source>A language is a code such as 'de', 'es' or 'pt-BR'.</source>
            <translation>Eine Sprache ist ein Kürzel wie „de“, „es“ oder „pt-BR“.</translation>
        </message>
        <message>
            <source>An answer's score must be between 0 and 1, not {score}.</source>
            <translation>Die Punktzahl einer Antwort muss zwischen 0 und 1 liegen, nicht {score}.</translation>
        </message>
        <message>
            <source>An answer cannot take negative time.</source>
            <translation>Eine Antwort kann keine negative Zeit dauern.</translation>
        </message>
        <message>
            <source>Times must carry their timezone.</source>
            <translation>Zeitangaben müssen ihre Zeitzone enthalten.</translation>
        </message>
        <message>
            <source>An answer's response is not valid JSON: {detail}</source>
            <translation>Die Eingabe einer Antwort ist kein gültiges JSON: {detail}</translation>
        </message>
        <message>
            <source>Another program is using the progress file in {folder}.</source>
            <translation>Ein anderes Programm verwendet die Lernstandsdatei in {folder}.</translation>
        </message>
        <message>
            <source>The progress file in {folder} is damaged; it will be repaired from a backup when quizapp starts again.</source>
            <translation>Die Lernstandsdatei in {folder} ist beschädigt; sie wird beim nächsten Start von quizapp aus einer Sicherung repariert.</translation>
        </message>
        <message>
            <source>The disk holding your progress ({folder}) is full. Free some space.</source>
            <translation>Der Datenträger mit deinem Lernstand ({folder}) ist voll. Bitte etwas Platz freigeben.</translation>
        </message>
        <message>
            <source>The disk holding your progress ({folder}) reported an error; was a USB stick removed?</source>
            <translation>Der Datenträger mit deinem Lernstand ({folder}) meldete einen Fehler; wurde ein USB-Stick entfernt?</translation>
        </message>
        <message>
            <source>Progress cannot be written to {folder} ({error}).</source>
            <translation>Der Lernstand kann nicht in {folder} geschrieben werden ({error}).</translation>
        </message>
        <message>
            <source>Progress cannot be written: {why}</source>
            <translation>Der Lernstand kann nicht geschrieben werden: {why}</translation>
        </message>
        <message>
            <source>The preset '{title}' asks from {banks}, which is not in the library on this machine (or has errors). Run `quizapp validate` on the preset to see why.</source>
            <translation>Die Vorlage „{title}“ fragt aus {banks}; dieser Fragenkatalog ist auf diesem Rechner nicht in der Bibliothek (oder enthält Fehler). `quizapp validate` für die Vorlage ausführen, um den Grund zu sehen.</translation>
        </message>
        <message>
            <source>The preset '{title}' asks from {banks}, which are not in the library on this machine (or have errors). Run `quizapp validate` on the preset to see why.</source>
            <translation>Die Vorlage „{title}“ fragt aus {banks}; diese Fragenkataloge sind auf diesem Rechner nicht in der Bibliothek (oder enthalten Fehler). `quizapp validate` für die Vorlage ausführen, um den Grund zu sehen.</translation>
        </message>
        <message>
            <source>The bank '{bank}' is not available.</source>
            <translation>Der Fragenkatalog „{bank}“ ist nicht verfügbar.</translation>
        </message>
        <message>
            <source>No question matches this quiz's choice of banks, tags and difficulty.</source>
            <translation>Keine Frage passt zur Auswahl an Fragenkatalogen, Schlagwörtern und Schwierigkeit für dieses Quiz.</translation>
        </message>
        <message>
            <source>Choose at least one bank for the quiz.</source>
            <translation>Mindestens einen Fragenkatalog für das Quiz wählen.</translation>
        </message>
        <message>
            <source>This quiz needs the list of questions to ask.</source>
            <translation>Dieses Quiz braucht die Liste der Fragen, die gestellt werden sollen.</translation>
        </message>
        <message>
            <source>A quiz needs at least one question, not {count}.</source>
            <translation>Ein Quiz braucht mindestens eine Frage, nicht {count}.</translation>
        </message>
        <message>
            <source>A time limit must be a positive number of seconds, not {limit}.</source>
            <translation>Ein Zeitlimit muss eine positive Anzahl Sekunden sein, nicht {limit}.</translation>
        </message>
        <message>
            <source>Extra time is a factor of at least 1 (e.g. 1.5), not {value}.</source>
            <translation>Die Zusatzzeit ist ein Faktor von mindestens 1 (z. B. 1,5), nicht {value}.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, you have used your %n attempt(s) at '{title}'. Ask your teacher if you need another.</source>
            <translation>
                <numerusform>{name}, du hast deinen %n Versuch für „{title}“ schon genutzt. Frag deine Lehrkraft, wenn du noch einen brauchst.</numerusform>
                <numerusform>{name}, du hast deine %n Versuche für „{title}“ schon genutzt. Frag deine Lehrkraft, wenn du noch einen brauchst.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bank '{bank}' is not available any more, so this quiz cannot be resumed. Put the bank file back, or start a new quiz.</source>
            <translation>Der Fragenkatalog „{bank}“ ist nicht mehr verfügbar, deshalb kann dieses Quiz nicht fortgesetzt werden. Die Datei des Fragenkatalogs zurücklegen oder ein neues Quiz beginnen.</translation>
        </message>
        <message>
            <source>The question '{question}' is no longer in the bank '{bank}' (it was removed or now has an error), so this quiz cannot be resumed.</source>
            <translation>Die Frage „{question}“ ist nicht mehr im Fragenkatalog „{bank}“ (sie wurde entfernt oder enthält jetzt einen Fehler), deshalb kann dieses Quiz nicht fortgesetzt werden.</translation>
        </message>
        <message>
            <source>The saved quiz is damaged: {detail}.</source>
            <translation>Das gespeicherte Quiz ist beschädigt: {detail}.</translation>
        </message>
        <message>
            <source>This quiz was saved in format {found}, which this version of quizapp (format {known}) cannot resume.</source>
            <translation>Dieses Quiz wurde im Format {found} gespeichert, das diese Version von quizapp (Format {known}) nicht fortsetzen kann.</translation>
        </message>
        <message>
            <source>This quiz cannot be made: {detail}</source>
            <translation>Dieses Quiz kann nicht zusammengestellt werden: {detail}</translation>
        </message>
    </context>
    <context>
        <name>xcb</name>
        <message>
            <source>quizapp cannot open its window: Qt's X11 plugin (xcb) needs libraries this computer does not have:</source>
            <translation>quizapp kann sein Fenster nicht öffnen: Das X11-Plugin von Qt (xcb) braucht Bibliotheken, die auf diesem Rechner fehlen:</translation>
        </message>
        <message>
            <source>Install them with:</source>
            <translation>Installieren Sie sie mit:</translation>
        </message>
        <message>
            <source>Install the packages that provide them (see the README), then start again.</source>
            <translation>Installieren Sie die Pakete, die sie enthalten (siehe README), und starten Sie dann neu.</translation>
        </message>
    </context>
</TS>
