<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name></name>
    <message>
        <source>Nieuw op de balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van de balans af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doorlopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen (in de volgende vergadering of schriftelijk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen als notulist (opgesteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen als voorzitter (vastgesteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen als voorzitter, na de notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%n× uitgesteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen datum gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terugkoppeling (termijn verstreken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant getekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant niet getekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevoegd om een diagnose te stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bevoegd om een diagnose te stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewaarplicht: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, versie %2 van de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen route in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× gegeven, laatst %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gegeven — termijn verstreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vervangen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van de vergadering van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>te bespreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komt ook aan bod bij de bespreking van %1; hier vastleggen kan ook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen casus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (verlengd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlengd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatementPersons</source>
        <comment>betreft %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatementPersons</source>
        <comment>betreft niemand in het bijzonder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatementPersons</source>
        <comment>bron: %1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 werkdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (acuut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (binnen %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met de hand gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belofte van de route: binnen 1 werkdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belofte van de route: binnen %1 werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standaard: binnen %1 werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Over Casusoverleg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor het casusoverleg in een Zorg- en Veiligheidshuis. Werkt zonder netwerk; alle gegevens staan versleuteld in de kluis op deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; lettertype Noto Sans: SIL Open Font License 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevensmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de gegevensmap komt een nieuwe kluis als u geen andere map kiest. De kluis is zonder uw wachtwoord of de herstelcode niet te openen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map van de kluis openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionChangeDialog</name>
    <message>
        <source>%1 actiepunt(en) op ‘loopt’ zetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actiepunt(en) afronden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actiepunt(en) laten vervallen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actiepunt(en) uitstellen naar één nieuwe termijn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zonder termijn, kan niet worden uitgesteld: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden heropenen (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een reden op; die wordt bij elk actiepunt bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er verandert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting of reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>Actiepunten bij dit agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat moet er gebeuren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunt — wat moet er gebeuren (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenaar: partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenaar: persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer: datum, doorlopend of voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm, &apos;doorlopend&apos; of &apos;bij …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie is eigenaar? Typ de naam van een ketenpartner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Open en loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 actiepunten getoond · %3 verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen actiepunten gekozen (Shift/Ctrl+pijltjes of Ctrl+A om te kiezen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actiepunt(en) gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hoort niet bij een casus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen nieuwe termijn opgegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gewijzigd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus &amp;openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus van het actiepunt openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open de casus van het gekozen actiepunt (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op eigenaar (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;sus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen verlopen actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op nummer, actie, casus of eigenaar (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen actiepunten gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ &amp;Loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen actiepunten op loopt zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zet de gekozen actiepunten op loopt (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ &amp;Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen actiepunten afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rond de gekozen actiepunten af (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Ver&amp;vallen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen actiepunten laten vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat de gekozen actiepunten vervallen, met een reden (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen actiepunten uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef de gekozen actiepunten één nieuwe termijn (Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van de wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdoptionPanel</name>
    <message>
        <source>Verslag ter vaststelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stelt het gekozen verslag vast met de correcties hierboven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 (concept, versie %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vergadering is gesloten: vaststellen kan in een vergadering die nu wordt gehouden, of schriftelijk (Overleggen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen doet de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na vaststellen ligt de tekst vast; daarna ondertekenen de notulist en de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze vergadering is gesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen verslag van een eerdere vergadering dat nog moet worden vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag van %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wordt vastgelegd:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(De correctie in de invoerregel is nog niet toegevoegd.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceDelegate</name>
    <message>
        <source>Aanwezigheid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceRow</name>
    <message>
        <source>Aanwezig bij deze casus (Alt+P · spatie wisselt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceEntryDialog</name>
    <message>
        <source>— geen partner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— niet bepaald —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen gewicht —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd op de balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen domein —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balansregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort uitspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort uitspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bron (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van waarneming bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatisch of dynamisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statisch of dynamisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewicht (oordeel van de partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;evestigd of weerlegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestigd of weerlegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens&amp;categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevenscategorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceHistoryForm</name>
    <message>
        <source>Verloop van de balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oudere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwere versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschillen tussen de twee versies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceHistoryWidget</name>
    <message>
        <source>versie {} · {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog maar één versie van de balans: vergelijken kan vanaf de tweede bespreking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen balans vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceScaleWidget</name>
    <message>
        <source>Weegschaal: prioriteit gekozen door de voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen prioriteit gekozen: de voorzitter kiest, de app niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze voorzitter: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceSheetForm</name>
    <message>
        <source>Balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie en vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantallen per kolom, ter informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter informatie: de aantallen bepalen niets; de voorzitter kiest de prioriteit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D. Afweging — keuze van de voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit: veiligheid voorop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit: in balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zorg voorop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit: zorg voorop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motivering (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom weegt dit nu zwaarder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivering van de prioriteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriteit of motivering is gewijzigd en nog niet vastgelegd: Afweging vastleggen (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afweging niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afweging vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schaalvraag, maatregelen, afwijkende meningen, proportionaliteit, taxaties en open vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E. Schaalvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = zo onveilig dat direct ingrijpen nodig is · 10 = veilig en stabiel genoeg om de casus af te sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consensusscore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensusscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ingevoerd door de tafel, nooit berekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrenzende en ondersteunende maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatregel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiligh&amp;eid voorop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;wangmaatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dwangmaatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van de maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld actiepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatregel toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatregel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijkende meningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijkende meningen per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner met afwijkende mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standpunt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijkende mening toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijkende mening verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F. Proportionaliteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is een minder ingrijpende route mogelijk, en zo ja: waarom wordt die niet gekozen? Verplicht zodra een dwangmaatregel is voorgesteld, ingezet of afgewezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportionaliteit en subsidiariteit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportionaliteit opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G. Formele taxaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen een verwijzing: instrument, organisatie, datum en de strekking van de conclusie. Nooit items of scores van gelicentieerde instrumenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzingen naar formele taxaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de taxatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strekking van de conclusie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van de conclusie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijzing verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H. Open vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vragen en ontbrekende informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vraag of ontbrekende informatie… (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe open vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vraag toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vraag verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceSheetWidget</name>
    <message>
        <source>Schaalvraag — 0 = {} · 10 = {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen actiepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balans {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · vooringevuld uit versie {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versie {} · overleg {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter informatie: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behoefte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behoeften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterk punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sterke punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datum onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maatregelen ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwijkend ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G. Taxaties ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H. Open vragen ({})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — actiepunt {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze regel van de balans verwijderen?

{}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Geen signalen in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseItemScreen</name>
    <message>
        <source>(geen vraag aan het overleg vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe signalen sinds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten van eerdere vergaderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen nieuwe signalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op de balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vergadering is gesloten: de balans zoals die bij de sluiting stond, staat in het verslag. Het verloop van de balans staat in het casusdossier (tabblad Balans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vergadering is gesloten: de balans verandert hier niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet op de balans gezet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op de balans gezet onder %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSettingsDialog</name>
    <message>
        <source>— nog geen casusregisseur —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Casusregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende bespreking plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende bespreking (noodzaaktoets) plannen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum volgende bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Alleen weergavepseudoniemen. GEZAG: deze ouder of voogd heeft het ouderlijk gezag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep een signaal naar de balans in de vergadermodus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarplicht opleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarplicht opheffen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balans zorg en veiligheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verloop en vergelijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus %1 — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niet gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afgesloten %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bewaarplicht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerst de bewaarplicht opheffen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De bewaartermijn is verstreken: de casus vernietigen (met de casuscode ter bevestiging).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legenda: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — meningen en hypothesen staan cursief; weerlegde signalen grijs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een signaal in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een melder in de lijst hieronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze melding volgt nog geen route: kies eerst de route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De melding heeft het einde van haar route bereikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De melding bereikte de volgende stap van haar route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een brief (PDF) met de gekozen terugkoppeling, om aan de melder te sturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst een terugkoppeling in de lijst hieronder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De brief is niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief aan %1 opgeslagen als %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casuscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status wijzigen (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fsluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gegevens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusregisseur en volgende bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslagen en bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een grondslag toevoegen, of een bewaarplicht opleggen of opheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernietigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkenen: gezin en relaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw signaal (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw &amp;contrasignaal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw contrasignaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw contrasignaal (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bevestigen of weerleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal bevestigen of weerleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen en contrasignalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opschalen of afschalen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opschalen of afschalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdlijn van de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acties en besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten van de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afgesloten actiepunten tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten actiepunten tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten over de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder en terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Melder toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugkoppeling vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rief maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief aan de melder maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgen&amp;de stap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap van de route vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De melding van de gekozen melder bereikte de volgende stap van haar route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &amp;kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de keten kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een melding zonder route alsnog op een route van de keten zetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling aan melders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding over de brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd &amp;vastleggen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd per betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eerdere vastleggingen tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerdere vastleggingen tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Open casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe casus (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open de gekozen casus (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Casusregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op casusregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op code of pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op code of pseudoniem (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal casussen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Casusoverleg</name>
    <message>
        <source>Er ging iets mis. Wat al was opgeslagen is veilig; probeer het nog eens. Gebeurt het opnieuw, sla dan uw werk op en start Casusoverleg opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technische aanduiding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet alles kon worden bewaard voor het vergrendelen (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainMemberDialog</name>
    <message>
        <source>Organisatie in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie (ketenpartner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baan in het stroomschema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Functie of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie of team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Meldpunt radicalisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoonnummer van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. 14 0519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gedeelde mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedeelde mailbox van de organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. meldpunt@gemeente.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainPage</name>
    <message>
        <source>Stappen van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen gemeente. Begin met Nieuwe gemeente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen versie van de keten. Begin met Nieuwe versie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgesteld op %1 door %2 — maak een nieuwe versie om te wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept: wijzigingen worden direct bewaard. Na vaststellen geldt deze versie vanaf %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen doet de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet klaar om vast te stellen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stel eerst versie %1 vast of werk die bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe versie begint als kopie van de nieuwste; geef de datum waarop zij ingaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doet de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie gemaakt: een concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie %1 gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie %1 van de keten van %2 vaststellen? Signalen die vanaf %3 binnenkomen volgen deze versie; daarna kan zij niet meer worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie %1 is vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaleringskaart opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaleringskaart opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &apos;%1&apos; met haar %2 stap(pen) verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap &apos;%1&apos; verwijderen? De stappen ervoor worden verbonden met de stappen erna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen verbonden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding weggehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie toegevoegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 als %2 uit deze versie van de keten halen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;gemeente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie van de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;versie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De datum waarop dit concept ingaat en de toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vast&amp;stellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van de versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaleringskaart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaleringskaart maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes van deze versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe route (Ctrl+N in de lijst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route verwijderen (Del in de lijst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen van de gekozen route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap &amp;toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap toevoegen (Ctrl+N in de stappen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;binden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap verbinden met een volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroomschema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hele keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele keten tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passend maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele schema in beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisaties in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie toevoegen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie toevoegen (Ctrl+N in de lijst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketenmonitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainVersionDialog</name>
    <message>
        <source>Nieuwe versie van de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geldig vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting bij de versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Casus afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies een reden —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 jaar na afsluiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten vraagt een reden en een schriftelijke onderbouwing. Daarna loopt de bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onderbouwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbouwing van de afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afgesloten op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Datum volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die vergadering klaarzetten (zelfde soort, tijden en plaats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij het sluiten komt de volgende vergadering in voorbereiding onder Overleggen, met dezelfde voorzitter en notulist; staat er op die dag al een, dan blijft het die.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindtijd van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Einde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering sluiten (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De voorzitter sluit de vergadering om %1 uur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vergadering is gesloten, maar de volgende is niet klaargezet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De volgende vergadering (%1) staat klaar onder Overleggen, in voorbereiding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De volgende vergadering (%1) stond al onder Overleggen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Conflict %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze laptop verwijderd, op de andere nog gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op deze laptop gewijzigd, op de andere verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit overleg is op deze laptop al gesloten: het verslag houdt wat er bij de sluiting stond. Een wijziging komt niet meer in het verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hier (deze laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daar (pakket van %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mijn versie houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hun versie overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd laten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Houden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ook hier verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laten zoals bij de sluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch overnemen (niet in het verslag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegde tekst (pas hem aan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samengevoegde tekst: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 en deze laptop wijzigden dezelfde gegevens, elk anders. Kies per conflict wat blijft. Er wordt pas iets ingelezen als elk conflict is beslist; Annuleren leest niets in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2 conflicten beslist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicten beslissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoeveel conflicten beslist zijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionCapture</name>
    <message>
        <source>Inbreng bij deze casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner die inbreng geeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort uitspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen bij deze inbreng: betreft en bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie de inbreng betreft en of hij van iemand in de casus komt (Ctrl+7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbreng — Enter voegt toe; Ctrl+1/2/3 feit/mening/hypothese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgenodigd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen partners uitgenodigd voor deze casus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op de balans: kies een regel en druk A, B of C, of sleep hem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen personen in de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een partner die voor deze casus is uitgenodigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst de partner (typ de naam) die deze inbreng geeft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsEditor</name>
    <message>
        <source>Onderdeel van het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het onderdeel van het verslag waar de correctie over gaat: kies het of typ het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdeel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van de correctie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie — Enter voegt toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correctie toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen correctie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijdert de gekozen correctie (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen correcties: het verslag wordt vastgesteld zoals het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) bij %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Besluiten bij dit agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit — Enter legt het vast (Alt+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionExtras</name>
    <message>
        <source>Opschalen of afschalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden om op of af te schalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden — Enter legt vast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op-/afschalen (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door wie, of reden van uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door wie / reden van uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum geïnformeerd of heroverwegen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op (dd-mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd (Alt+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan wie is teruggekoppeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aan wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling aan de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat de melder hoort — Enter legt vast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum volgende bespreking van de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende bespreking (Alt+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst: %1 op %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet op- of afgeschaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bij %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zonder besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen betrokkenen vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: %1, heroverwegen %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reden niet informeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reden van uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heroverwegen op (dd-mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen melder vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terugkoppelen vóór %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd: %1 geïnformeerd: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd: terugkoppeling aan de melder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd: datum volgende bespreking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestroyCaseDialog</name>
    <message>
        <source>Casus %1 vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu niet te vernietigen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De code klopt. Vernietigen kan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is niet de code van deze casus (%1); Vernietigen blijft uit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus %1 is vernietigd op %2: %3 records verwijderd, %4 opgeslagen documenten verwijderd, %5 automatische back-ups vernieuwd. Bewaar het proces-verbaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digitaal ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet digitaal ondertekend (%1); onderteken de afdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proces-verbaal opgeslagen als %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus vernietigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wordt vernietigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigen haalt alle inhoud van de casus weg: uit elke tabel, de zoekindex, concepten, opgeslagen documenten, balansen en de automatische back-ups. Dit is niet terug te draaien. De audittrail houdt alleen kenmerken zonder inhoud; wat overblijft is een vernietigingsregel en een proces-verbaal zonder inhoud. Back-ups die elders zijn opgeslagen, vallen hierbuiten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de &amp;casuscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casuscode ter bevestiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle van de casuscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proces-verbaal opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proces-verbaal van vernietiging opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailCombo</name>
    <message>
        <source>%1…: %2 — typ verder om te kiezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domein</name>
    <message>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achterhouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acuut (politie, 112)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies aan melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advies aan melder (reguliere zorg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgehandeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afschalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwezig m.k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afwezig z.k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basisvoorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeld- en oordeelsvorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beeldvorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begrenzend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beperking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluitvorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezwaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijzonder persoonsgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijzondere voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broer of zus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capaciteit/middelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusbespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg (ICO/MDO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casuspartij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context/triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De persoon zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen bereikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een advocaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Externe casuspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geannuleerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedetineerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gedrag/incidenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen actie nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen actie nodig na weging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gerelateerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin/opvoeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezondheid/GGZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICO/MDO (casusoverleg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identiteit/zingeving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideologie/overtuiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In balans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In behandeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In voorbereiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingezet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intentie/dreiging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invrijheidstelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernpartij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAR (re-integratie na detentie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mededelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meer informatie nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldpunt / aanspreekpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk/contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet bevestigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondersteunend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oordeelsvorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgenomen in aanpak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opschalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opvolging zorg en veiligheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen aan reguliere zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan van aanpak vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectificatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rondvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School/werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening en verrijking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociaal domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sociaal netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoedoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strafrechtelijk gegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strafrechtelijk spoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strafrechtelijk spoor (OM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toekomstperspectief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitvoering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veiligheid voorop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuisd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vernietigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag vorige vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijdering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgeschiedenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorveld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorveld (signaleert en meldt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS (Zorg- en Veiligheidshuis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gaat goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weegploeg/triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weerlegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weging / triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weglakken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet gegevensverwerking PGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wonen/financiën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg &amp; ontwikkeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zorg voorop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broer of zus van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex-partner van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i2O (signaaloverleg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouder van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Nog leeg: typ hieronder een regel, of sleep hierheen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>— geen besluit —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opschalen of afschalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opschalen en afschalen zijn gebeurtenissen met een reden, geen status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Richting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijbehorend besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Documenten — %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies een partner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (geen convenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn geen partners uitgenodigd voor een casus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uittreksel zonder convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch een uittreksel maken voor %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de partner voor wie het uittreksel is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pagina&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ondertekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, getekend door de notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3. Nog niet opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit uittreksel wordt pas samengesteld na uw bevestiging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het document kon niet worden gemaakt. Er is niets opgeslagen; probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen kan zodra het verslag is vastgesteld: in een volgende vergadering of schriftelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag wordt samengesteld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beide handtekeningen staan erop. Sla het verslag op om het te versturen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de notulist en de voorzitter ondertekenen een verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De notulist ondertekent eerst (opgesteld); daarna ondertekent u als voorzitter (vastgesteld).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U heeft ondertekend; nu ondertekent de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten van het overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitnodiging en agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitnodiging en agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Besluiten- en actielijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten- en actielijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uittreksel voor één &amp;partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uittreksel voor één partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusvragen opnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vragen per casus gaan dan naar alle genodigden, ook naar wie niet voor die casus is uitgenodigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner (uitgenodigd voor een casus):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner voor het uittreksel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ik bevestig dat deze partner deze gegevens nodig heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestiging gemarkeerde gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met mijn handtekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het document krijgt uw digitale handtekening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststelling en ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen als notulist (opgesteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ondertekenen als voorzitter (vastgesteld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendRequestDialog</name>
    <message>
        <source>Verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlengen tot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <source>Gezin: relaties en gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;laties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaties tussen personen toevoegen of verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;zag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezag over minderjarigen vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezin: relaties en gezag per persoon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Leg eerst vast wie de melder is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling aan de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppel alleen terug wat de melder moet weten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gegeven op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aan wie teruggekoppeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. zorgcoördinator school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is teruggekoppeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Kluis aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar — kluis openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een map voor de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is een bestand, geen map. Kies een lege of nieuwe map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze map is niet leeg. Kies een lege of nieuwe map, zodat er nooit iets wordt overschreven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord is te kort: minstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn nog niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis kon niet worden aangemaakt. Controleer of u in deze map mag schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis wordt aangemaakt en versleuteld… een ogenblik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad opgeslagen: %1. Druk het af en verwijder daarna het bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep %1 komt niet overeen met de herstelcode. Kijk het papier na.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map voor de kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe kluis — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welkom bij Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen kluis. Alles wat u vastlegt komt versleuteld in één map op deze computer: de kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map van de kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map van de kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een lege of nieuwe map op een versleutelde schijf van deze computer, niet op een gedeelde netwerkschijf. Automatische back-ups komen in een submap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie bent u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U wordt de eerste gebruiker van deze kluis. Later kunt u in Instellingen collega&apos;s toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>één woord, bijvoorbeeld mdekkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zoals collega&apos;s u kennen, bijvoorbeeld Marloes Dekkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Zorg- en Veiligheidshuis Wadmeer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw rol in het overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De rol staat bij uw naam en op documenten die u ondertekent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorzitter — bereidt het overleg voor en leidt het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notulist — legt het overleg vast en maakt het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord opent de kluis. Het wordt nergens bewaard: kies iets wat u onthoudt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis is aangemaakt. Met deze code stelt u een nieuw wachtwoord in als u het kwijt bent. Hij wordt maar één keer getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ ter controle twee groepen van de code over van het papier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep 3 van de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep &amp;6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groep 6 van de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle van de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowchartView</name>
    <message>
        <source>Stroomschema van de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een gemeente en een versie van de keten om het stroomschema te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze versie van de keten heeft nog geen routes. Voeg een route met stappen toe; het stroomschema tekent zichzelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralItemScreen</name>
    <message>
        <source>Aantekeningen voor het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantekeningen bij %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actielijst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GezagDialog</name>
    <message>
        <source>Vink de ouders (of anderen in de casus) aan die het gezag hebben, en/of noem de voogd. Niets aangevinkt en geen voogd: niemand in de casus heeft het gezag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze casus heeft geen minderjarigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minderjarige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minderjarige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gezag bij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen met gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de voogd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld GI Jeugdbescherming (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandleRequestDialog</name>
    <message>
        <source>Afhandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afgehandeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies hoe het verzoek is afgerond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Sneltoetsen — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sneltoetsen per scherm. Een toets bij een veld of lijst werkt als dat veld of die lijst de toetsen heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen per scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het doet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingPackageDialog</name>
    <message>
        <source>Pakket kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg-pakket (*%1);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nummer %1, gemaakt op %2 om %3 uur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets nieuws: wat dit pakket meebrengt, staat al op deze laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conflict(en): beide laptops wijzigden hetzelfde, elk anders. Bij Inlezen beslist u per conflict wat blijft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet ingelezen: er is niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelezen: pakket %1 van %2. %3 nieuw, %4 gewijzigd, %5 verwijderd, %6 conflict(en) beslist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ander nummer gekregen, zodat elk nummer één keer voorkomt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet overgenomen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een pakket (.cpakket) van een gekoppelde laptop. U ziet eerst wat het meebrengt; er wordt pas iets ingelezen als u op Inlezen drukt. Wat beide laptops verschillend wijzigden, beslist u zelf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket &amp;kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen pakket gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen pakket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het pakket meebrengt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InformedDialog</name>
    <message>
        <source>Reden uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden niet informeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg eerst een betrokkene toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is de betrokkene geïnformeerd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd: ja, nee of uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heroverwegen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroverwegingsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslis&amp;moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslismoment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. na weging 12-02-2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InzageReviewDialog</name>
    <message>
        <source>Inzage voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verzoek van %1, ontvangen %2, antwoord uiterlijk %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onderdelen zonder derden (worden getoond) ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>van politie of OM: navragen bij de bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst zoals de persoon die zonder weglakken zou zien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuze voor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden (verplicht), bijv. beschermt de melder (AVG art. 15 lid 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van de keuze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron geraadpleegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegd: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet beoordeeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 onderdelen ter beoordeling, %2 nog zonder keuze; %3 onderdelen zonder derden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De persoon is tussen 12 en 16 jaar: leg eerst het standpunt van de minderjarige zelf vast (Standpunt minderjarige… op de pagina Verzoeken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet vrij te geven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de voorzitter beoordeelt en geeft vrij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de voorzitter beoordeelt wat de persoon te zien krijgt en geeft de inzage vrij; u kunt meekijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet vastgelegd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keuze(s) vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies per onderdeel Tonen, Weglakken of Achterhouden, met de reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bestaat al; kies een andere bestandsnaam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vrijgegeven en opgeslagen als %1 (met %2). Van de beoordeelde onderdelen: %3 getoond, %4 weggelakt, %5 achtergehouden; de keuzes staan in het logboek. Rond het verzoek nu af met Afhandelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage samenstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samenvatting van de beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom de inzage niet kan worden vrijgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen ter beoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuzes &amp;vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keuzes vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;rijgeven…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage vrijgeven en opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalBasisDialog</name>
    <message>
        <source>Grondslag toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een grondslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een casus rust op de grondslag waarop hij is geopend en op elke grondslag die later geldt, bijvoorbeeld de WGS zodra de aanpak start. Bij afsluiting telt de langste bewaartermijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige grondslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van het convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldt &amp;vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldt vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalHoldDialog</name>
    <message>
        <source>Bewaarplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bewaarplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op te heffen bewaarplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftHoldDialog</name>
    <message>
        <source>Bewaarplicht opheffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na het opheffen telt alleen de bewaartermijn weer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sinds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waarom vervalt ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom de bewaarplicht vervalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze casus heeft geen bewaarplicht om op te heffen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na stap %1 (%2) volgt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies een stap —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de stap die hierna volgt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kluis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over Casusoverleg Desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekeningen controleren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekeningen controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer de handtekeningen in een PDF (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitwisselen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitwisselen met een andere laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen met een andere laptop en pakketten van die laptop inlezen (een pakket maken: bij het overleg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket inlezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit onderdeel is nog niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in alle casussen (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in alle casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingelogde gebruiker en rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen (F1) en over Casusoverleg Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendel de kluis (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingAttendancePanel</name>
    <message>
        <source>Aanwezig bij het overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+P · spatie wisselt · A aanwezig · M afwezig m.k. (met kennisgeving) · Z afwezig z.k. (zonder kennisgeving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overige genodigden aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie nog niet is vastgelegd, staat daarna als aanwezig; wie afwezig is, blijft afwezig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere partner aan tafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Andere partner aan tafel… (Enter: aanwezig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de naam van een partner die nog niet in de lijst staat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingModeModels</name>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingModeWindow</name>
    <message>
        <source>Punt %1 · laatste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punt %1 · nog %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDn/PgUp punt · Alt+1/2/3 fase · F1 toetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gesloten&lt;/b&gt; — alleen inzien. Een wijziging is een correctie bij de vaststelling van het verslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat deze vergadering heeft vastgelegd ligt vast sinds de sluiting; het verslag laat het zien zoals het toen stond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Geannuleerd&lt;/b&gt; — er wordt niets in deze vergadering vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · dit punt %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · einde gepland %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De aantekeningen bij %1 zijn nog niet vastgelegd (zie de melding daar); de vergadering is niet gesloten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadermodus — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidig agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van de vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd voor dit agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klok en geplande eindtijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorig agendapunt (PgUp of Ctrl+Links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorig agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positie in de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgend agendapunt (PgDn of Ctrl+Rechts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgend agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grote letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grotere letters voor de beamer (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scherm leeg maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledig (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledig scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendel (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadermodus sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg scherm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketenpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vraag aan het overleg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>&amp;Documenten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten van dit overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda, verslag, besluiten- en actielijst en uittreksels als PDF; het verslag ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;kket maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket maken voor een gekoppelde laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat op deze laptop over dit overleg is vastgelegd, versleuteld naar een gekoppelde laptop brengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conceptverslag &amp;maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conceptverslag maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open het verslag bij Documenten: bekijk het concept, sla het op en stuur het rond ter vaststelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een overleg of maak een nieuw overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voorzitter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notulist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een casus in de agenda om partners uit te nodigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag: het concept ontstaat bij de sluiting van de vergadering (vergadermodus, Sluiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Volgende stap:&lt;/b&gt; maak het conceptverslag en stuur het rond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaststellen doet de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag is rondgestuurd en de leden hebben ingestemd: leg de vaststelling vast zonder vergadering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen een verslag dat nog concept is, wordt vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen casus met code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies het tijdsblok voor %1 en druk op Enter om de casus toe te voegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgenodigd voor %1 (alleen wie het moet weten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitnodigen zonder convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch %1 uitnodigen voor deze casus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch uitnodigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen tijd gepland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casussen samen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · geplande eindtijd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overleg tot %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — loopt uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering &amp;inzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering inzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De vergadering is gesloten: bekijk wat er is vastgelegd, zonder iets te wijzigen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit overleg staat op %1, niet vandaag (%2).

Toch de vergadermodus openen? Wat u daar vastlegt, hoort bij het overleg van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadermodus openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja, openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw overleg…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van overleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;vergadermodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start vergadermodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open het overleg schermvullend, één scherm per agendapunt (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van het verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag &amp;schriftelijk vaststellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag schriftelijk vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het verslag is rondgestuurd en de leden hebben ingestemd: leg de vaststelling vast zonder vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Casus toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ de casuscode of het pseudoniem en kies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casuscode om toe te voegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdsblok in minuten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus toevoegen aan de agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendapunt omhoog (Alt+Omhoog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendapunt omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendapunt omlaag (Alt+Omlaag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agendapunt omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdsplanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgenodigd voor dit agendapunt (alleen wie het moet weten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgenodigde partners en aanwezigheid per casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid bij het overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanwezigheid per ketenpartner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>— kies een partner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contactgegevens zijn van de organisatie: een functie of team, een algemeen nummer of een gedeelde mailbox, nooit die van een persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie in de keten wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie toevoegen aan de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de organisatie, haar rol en haar baan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorPanel</name>
    <message>
        <source>Eerste meld-dag van de periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste meld-dag van de periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indeling van de tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport exporteren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De cijfers en grafieken als PDF voor de gemeente (verantwoording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers van de ketenmonitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen per route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkdagen tot weging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mediaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> wd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Werkdagen tot casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafieken per route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijden in werkdagen na de melding; mediaan en P90 (negen op de tien was sneller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle gemeenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport opgeslagen: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot casusoverleg:
P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot casusoverleg:
mediaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot weging:
P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tot weging:
mediaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
        <source>Elke gemeente heeft haar eigen keten, met versies die de voorzitter vaststelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Noem de melder: kies een partner of vul een persoon in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe casus start met status ‘Signaal ontvangen’. De casuscode is zelf een pseudoniem: gebruik nooit een naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Casuscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casuscode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. LV-2025-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoofdletters, cijfers en streepjes; nooit een naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;venant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van het convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alleen bij grondslag convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel van de verwerking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. persoonsgerichte aanpak radicalisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestart &amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum van de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner van de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;fessional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional die meldde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder (functie en naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. zorgcoördinator J. Hekman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute (vrij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgt de belofte van de route; zonder route 5 werkdagen na de melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkomst van de terugkoppeldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. telefonisch via meldpunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;meld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de &amp;keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De signaleringsroutes van de keten die golden op de melddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste &amp;stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste stap van de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugkoppelen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppelen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>%1 staat nog niet als professional bij een ketenpartner. Voeg u toe onder Ketenpartners, dan stelt het programma u hier voor als %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog niet bekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw overleg — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overleg krijgt de standaardagenda: opening, vaststellen agenda, verslag en actielijst, mededelingen, de casussen, rondvraag en sluiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Van – tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Zorg- en Veiligheidshuis, zaal 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notulist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenEndsPanel</name>
    <message>
        <source>— kies —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afronden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laten vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afhandeling van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdragen aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— overdragen aan —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toelichting of reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melders zonder terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nu terugkoppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling aan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aan wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wat is teruggekoppeld, of waarom niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgesteld informeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geïnformeerd bij afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niet geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informeren van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door wie, of waarom niet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutgoingPackageDialog</name>
    <message>
        <source>%1 van %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze laptop is nog met geen andere laptop gekoppeld. Koppel eerst via Uitwisselen › Koppelen… (rechtsboven in het hoofdvenster); daarna maakt u hier het pakket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket nummer %1 voor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is niets nieuws voor %1 sinds het vorige pakket. U kunt het pakket toch maken, bijvoorbeeld om te laten weten dat alles is ontvangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg-pakket (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket %1 voor %2 opgeslagen als %3. Geef dit bestand aan de andere laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakket maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een pakket brengt wat op deze laptop over deze vergadering is vastgelegd naar een gekoppelde laptop. Het is versleuteld voor alleen die laptop en door u ondertekend; de bestandsnaam noemt geen casus en geen naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor welke gekoppelde laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat het pakket meebrengt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Volgende overleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casussen ter herbeoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslagen vast te stellen of te ondertekenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten deze week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melders wachten op terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informeren uitgesteld — herbeoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn verstreken of binnen 30 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoeken met naderende termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overzicht opnieuw laden (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dubbelklik op een regel of druk op Enter om te openen wat hij noemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overzicht</name>
    <message>
        <source>Actiepunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belofte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaarplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herbeoordelen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herbeoordeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te doen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppelen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadering van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Kluiskaart opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluiskaart (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart opgeslagen als %1. Geef dit bestand aan de andere laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluiskaart van de ander openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluiskaart (*%1);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kluiskaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit is de kaart van deze laptop zelf. Open de kaart die de andere laptop heeft opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen kaart geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld met %1 (%2). Pakketten van die laptop kunnen nu worden ingelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakketten van %1 (%2) worden daarna geweigerd. Opnieuw koppelen kan altijd, met een nieuwe vergelijking van de cijfers.

%1 ontkoppelen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontkoppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ontkoppeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen met een andere laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twee laptops wisselen werk uit in versleutelde pakketten, zonder netwerk. Koppel ze eerst, samen aan tafel: elke laptop slaat zijn kluiskaart op en opent de kaart van de ander. Lees daarna elkaar de cijfers van de vingerafdruk voor: zo weet u zeker dat de kaart echt van die laptop komt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Uw kluiskaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw kluiskaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van wie deze kaart is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk van deze laptop (lees voor):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk van deze laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sla de kaart op en geef het bestand aan de andere laptop, bijvoorbeeld op een USB-stick. De kaart bevat geen geheimen en geen casusgegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart &amp;opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Kaart van de ander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart van de ander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart o&amp;penen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaart van de ander openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geopende kaart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van wie de geopende kaart is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laat de ander de cijfers op zijn scherm voorlezen en typ ze hier over. Komen ze niet overeen, dan wordt er niet gekoppeld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk zoals de ander die voorleest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 cijfers, zoals het andere scherm ze toont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam voor de gekoppelde laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Laptop notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppelde laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van gekoppelde laptops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakketten worden alleen gelezen van laptops in deze lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On&amp;tkoppelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen laptop ontkoppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pakketten</name>
    <message>
        <source>Dit bestand is te groot voor een %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand %1 kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe ketenpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketenpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afkorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afkorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag: kernpartij, casuspartij of externe casuspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant getekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convenant getekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <source>Professionals van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactiveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ‘%1’ verwijderen? Dit kan alleen als de partner nog nergens voorkomt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketenpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van ketenpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe partner (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;wijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen een partner die nog nergens voorkomt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals van de gekozen partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactieve professionals tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactieve professionals tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional deactiveren of activeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFiles</name>
    <message>
        <source>Opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>‹ Vorige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige pagina (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende pagina (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginanummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkleinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verkleinen (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergroten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergroten (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginabreedte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passend op paginabreedte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld van de pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginavoorbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van dit bestand kan geen voorbeeld worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit document heeft geen pagina&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pagina %1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodsModel</name>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceHoldDialog</name>
    <message>
        <source>Bewaarplicht opleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus %1 wordt niet vernietigd zolang deze bewaarplicht geldt, ook niet na de bewaartermijn. Noem de reden, bijvoorbeeld een lopend verzoek of een procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van de bewaarplicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceRouteDialog</name>
    <message>
        <source>Op de melddatum gold geen vastgestelde keten met routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een route in de keten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de keten kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De routes van de keten die golden op de melddatum. De eerste stap geldt als bereikt op de melddatum; de terugkoppeldatum blijft zoals afgesproken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de &amp;keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste &amp;stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste stap van de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <source>%1 uitstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfessionalDialog</name>
    <message>
        <source>Professional wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevoegd om een diagnose te stellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bevoegd om een diagnose te stellen (bijv. psychiater, psycholoog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTableModel</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorige keer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingTrendChart</name>
    <message>
        <source>Verloop van de schaalvraag per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen balans vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen balans vastgelegd: er is nog geen verloop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v{} · {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen prioriteit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Ik heb de code bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad afgedrukt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe herstelcode — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze code wordt maar één keer getoond. Druk het herstelblad af of sla het op als PDF en bewaar het op een veilige plek, niet bij deze computer. De vorige herstelcode werkt niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad afdrukken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelblad opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Nieuw wachtwoord instellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn nog niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw gebruikersnaam in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herstellen — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voer de herstelcode van uw herstelblad in (8 groepen van 4 tekens) en kies een nieuw wachtwoord. Met de herstelcode opent de kluis ook als het wachtwoord kwijt is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gevonden; vink aan op wie het verzoek betrekking heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen persoon met het pseudoniem %1 in de casussen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in casus %2 (%3; casus %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— niet in de casus —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoord uiterlijk %1 (een maand na ontvangst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de soort verzoek en wie het deed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudoniem van de persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Mirjam K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen met dit pseudoniem zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen in de casussen waarop het verzoek betrekking heeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie vroeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie het verzoek deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ou&amp;der in de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ouder of voogd als persoon in de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving van wie het verzoek deed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. mr. De Vries, advocaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontvangen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van ontvangst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn van het verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen relaties vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaties in het gezin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omschrijving van de relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld dochter, stiefvader, oma (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgelegde relaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie &amp;verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen relatie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReporterDialog</name>
    <message>
        <source>Melder vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner van de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;fessional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional die meldde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rsoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder (functie en naam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ute (vrij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meldroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de &amp;keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route in de keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De signaleringsroutes van de keten die golden op de melddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste &amp;stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste stap van de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terugkoppelen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppelen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgt de belofte van de route; zonder route 5 werkdagen na de melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herkomst van de terugkoppeldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <source>Verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe het verzoek is afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>U kunt verzoeken registreren en in behandeling nemen. Verlengen, de inzage beoordelen en vrijgeven en afhandelen doet de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 open, %3 over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen verzoeken. Registreer een verzoek dat via het contactpunt binnenkwam met Nieuw verzoek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doet de voorzitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in casus %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie vroeg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verlengd omdat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standpunt minderjarige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>het standpunt van de minderjarige zelf (12 tot 16 jaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek geregistreerd; de casussen hebben een bewaarplicht zolang het loopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn verlengd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standpunt van de minderjarige vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek afgerond; de bewaarplicht is opgeheven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek in behandeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoeken van betrokkenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw verzoek…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw verzoek registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registreer een verzoek dat via het contactpunt binnenkwam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een verzoek bij het contactpunt geldt voor alle partners. Antwoord binnen een maand; verlengen kan eenmaal met twee maanden, met een reden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lijst van verzoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van het gekozen verzoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;behandeling nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek in behandeling nemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlengen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn verlengen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standpunt minderjarige…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standpunt van de minderjarige vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inzage samenstellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inzage samenstellen en beoordelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afhandelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verzoek afhandelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie beslist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal verzoeken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>%1 vervalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom vervalt dit actiepunt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een actiepunt (Alt+R) en druk A afgerond · U uitgesteld · V vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten &apos;bij de casus&apos; komen ook bij hun casus op de agenda aan bod.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen open actiepunten van eerdere vergaderingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zo is de actielijst in deze vergadering doorgenomen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Een route is de weg voor één soort zorg, van de melder tot de uitkomst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Zorgen over radicalisering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer gebruikt u deze route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acuut: gevaar nu (deze route slaat andere stappen over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteLinkDialog</name>
    <message>
        <source>Stappen verbinden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naar stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar welke stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorwaarde van de verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. bij zorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteStepDialog</name>
    <message>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie die handelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wat gebeurt er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gebeurt er in deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn in werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> werkdagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Met de informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat gebeurt er met de informatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De betrokkene wordt &amp;geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De &amp;melder hoort iets bij deze stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling aan de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder &amp;hoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat de melder hoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binnen (na &amp;melding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeltermijn in werkdagen na de melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na &amp;stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na welke stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorwaarde van de verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. bij zorgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteStepPassedDialog</name>
    <message>
        <source>De melding heeft het einde van haar route bereikt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen volgende stap op deze route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap van de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg vast welke stap van de route de melding bereikte, en wanneer. Alleen stappen die volgen op een doorlopen stap staan in de lijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;reikt op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum waarop de stap is bereikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting bij de stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. besproken in het casusoverleg van 2 april</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Typ om te zoeken; Enter opent de casus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten — Enter of dubbelklik opent de casus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 resultaat — Enter of dubbelklik opent de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niets gevonden voor &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit resultaat hoort bij geen casus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoek in signalen, inbreng, besluiten, actiepunten, notities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoekterm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aantal resultaten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Notulist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de voorzitter beheert gebruikers en de sleutel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de voorzitter stelt een bewaartermijn vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen: vergrendelen na %1 minuten zonder gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden zijn nog niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het nieuwe wachtwoord is te kort: minstens %1 tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee nieuwe wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd. Gebruik voortaan het nieuwe wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel staat nu op dit apparaat; bij het starten is geen wachtwoord nodig. Na vergrendelen wel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat geen sleutel meer op dit apparaat; bij het starten is uw wachtwoord nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden van de nieuwe gebruiker zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker %1 toegevoegd als %2. Geef het eerste wachtwoord persoonlijk door; het kan daarna in Instellingen worden gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies eerst in de lijst welke gebruiker weg moet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker %1 (%2) verwijderen? Deze persoon kan de kluis daarna niet meer openen met een eigen wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker %1 is verwijderd. Advies: vervang nu de sleutel van de kluis (onderaan deze pagina), zodat oude kopieën van de kluis niet meer met dat wachtwoord opengaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel vervangen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wilt u de sleutel van de kluis nu vervangen? Dat is aan te raden na het verwijderen van een gebruiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe herstelcode maken? De oude code (en het oude herstelblad) werkt daarna niet meer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is een nieuwe herstelcode gemaakt; de oude werkt niet meer. Bewaar het nieuwe herstelblad op een veilige plek.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg-back-ups (*.cobak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De back-up kon niet worden geschreven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel van de kluis vervangen? Dit duurt enkele seconden. Automatische back-ups worden vervangen door een nieuwe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sleutel is vervangen. Alle wachtwoorden en de herstelcode werken gewoon; oude automatische back-ups zijn vervangen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn voor %1 vastgesteld: %2 jaar na afsluiting. Casussen die daarna sluiten, krijgen deze termijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het register is niet opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register voor de FG opgeslagen als %1 (%2 pagina&apos;s, alleen aantallen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De audittrail is intact: %1 regels. Kenmerk van de laatste regel: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… en nog %1 bevindingen (alle: casusoverleg audit-verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De audittrail klopt niet. Zet niets terug voordat u weet wat er is gebeurd; bewaar deze melding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergrendelen na</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minuten zonder gebruik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minuten tot automatisch vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na deze tijd zonder toetsenbord of muis wordt alles verborgen en is uw wachtwoord weer nodig. Wat u aan het typen was, wordt eerst bewaard. Deze instelling geldt voor deze computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidig wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sterkte van het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord &amp;wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onthoud op dit apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onthoud de sleutel op dit apparaat (geen wachtwoord nodig bij het starten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar de sleutel staat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikers van deze kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker &amp;verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen gebruiker verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikers&amp;naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam van de nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>één woord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naa&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van de nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie van de nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol van de nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eerste wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste wachtwoord van de nieuwe gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nogmaa&amp;ls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerste wachtwoord nogmaals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruiker &amp;toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kwijt of door anderen gezien? Maak een nieuwe herstelcode: de oude werkt daarna niet meer. De nieuwe code wordt één keer getoond, met een herstelblad om af te drukken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;herstelcode maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe herstelcode maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een back-up is versleuteld en opent met een wachtwoord of de herstelcode die gold toen hij werd gemaakt. Bewaar hem op een versleutelde schijf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back-up maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-up maken naar een bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-ups (dagelijks, en vóór een nieuwe versie van het programma de kluis omzet; in de map van de kluis):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervang de sleutel van de kluis nadat u een gebruiker hebt verwijderd of als u denkt dat een wachtwoord of back-up in verkeerde handen is. Oude automatische back-ups worden vervangen; back-ups die u zelf hebt gemaakt openen nog met de oude wachtwoorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel &amp;nu vervangen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutel van de kluis vervangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audittrail controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controleer of de audittrail compleet en ongewijzigd is en of alle vastgelegde inhoud nog klopt. Noteer het kenmerk van de laatste regel buiten de computer: daarmee is later aan te tonen dat er niets is weggehaald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audittrail &amp;controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per grondslag: hoeveel jaar na afsluiting een casus bewaard blijft. De meegeleverde termijnen zijn voorstellen, vast te stellen door de FG. De voorzitter legt het besluit hier vast; eerder afgesloten casussen houden hun datum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijnen per grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn in jaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron van de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron, bijv. besluit van de FG van 15-01-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bewaartermijn vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor de FG: het register van de verwerkingen in deze kluis (art. 30 AVG), alleen aantallen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register voor de FG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register van verwerkingen voor de FG opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van het vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>Delen met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 Alle genodigden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen met alle genodigden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen %1 met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen met: kies een besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat %1 krijgt (casus %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen zonder convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch delen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit %2 toch delen met %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch delen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Regels in kolom {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe regel… (Enter voegt toe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter voegt de regel toe, ook vanuit soort, gewicht, domein en bron eronder (Tab gaat erheen; typ letters om te kiezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe regel in kolom {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort uitspraak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gewicht —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domein —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bron —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ eerst de tekst van de regel; de keuzes blijven staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loslaten om toe te voegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Contrasignaal vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ klinkt als een diagnose. Zonder bevoegde professional als bron wordt dit signaal zo gemarkeerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feiten eerst, meningen benoemd, bronnen genoemd. Een diagnose alleen van een bevoegde professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrasignaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contrasignaal (wijst de andere kant op)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst van het signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;oort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort uitspraak: feit, mening of hypothese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categorie persoonsgegeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waargenomen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van waarneming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner die het signaal meldt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofessional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional die het signaal meldt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronomschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. school, via moeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;etreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen die het signaal betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vink de personen in de casus aan over wie dit signaal gaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;n (persoon in de casus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon in de casus van wie de uitspraak komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Komt de uitspraak van iemand in de casus (bijv. moeder, via de partner doorgegeven)? Dan telt het signaal als uitspraak van een derde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sneltoetsen</name>
    <message>
        <source>Aanwezigheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actiepunten beoordelen (A afgerond, U uitgesteld, V vervallen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afweging vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balans (vergadermodus en casusvenster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij Sluiting: de vergadering sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusvenster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delen van het gekozen besluit (daarna 1–9 per partner, 0 alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fase: beeldvorming, oordeelsvorming, besluitvorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens: gewoon, bijzonder, strafrechtelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewone grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grote letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekeningen in een PDF controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen agendapunt omhoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen agendapunt omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het overzicht opnieuw laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoofdvenster (elke pagina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de routes, stappen of organisaties: nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In die lijsten: de gekozen regel verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In die lijsten: de gekozen regel wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In een filter: de enige regel die overblijft openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In een filter: naar de lijst eronder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In een lijst: de gekozen regel openen (zoals dubbelklikken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In het stroomschema: groter, kleiner, gewone grootte (ook Ctrl+muiswiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoer bij A veiligheid, B zorg en ontwikkeling, C wat gaat goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ketenpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kleiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de actiepunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de onderbouwing van de afweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar de scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naar het filter van de pagina (zonder filter: naar Zoeken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw contrasignaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe ketenpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op een kaart: bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op een kaart: naar kant A, B of C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op een kaart: verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op een partner: aanwezig, afwezig met kennisgeving, afwezig zonder kennisgeving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op- of afschalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen bij de inbreng: wie het betreft, bron in de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route of stap omhoog of omlaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scherm leeg (beamer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen per scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneltoetsen per scherm (dit venster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort inbreng: feit, mening, hypothese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van de casus wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabblad 1 tot 7 (betrokkenen … balans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug: uit het lege scherm, uit volledig scherm, dan sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling aan de melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venster sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadermodus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergadermodus starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen (in elk venster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen (ook vanuit een dialoogvenster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgend agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgend tabblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende bespreking van de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volledig scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorig agendapunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vorig tabblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in alle casussen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementBox</name>
    <message>
        <source>Zin die wordt vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPersons</name>
    <message>
        <source>bron: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPersonsDialog</name>
    <message>
        <source>Personen bij deze inbreng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personen die de inbreng betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon in de casus van wie de uitspraak komt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Betreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ron (persoon in de casus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>— kies een organisatie —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen: de melder begint hier —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijnen in werkdagen. Wat de melder hoort, rekent vanaf de dag dat de melding binnenkwam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stap toevoegen aan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de organisatie die deze stap zet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schrijf op wat de melder hoort en binnen hoeveel werkdagen, of vink &apos;De melder hoort iets bij deze stap&apos; uit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, heeft gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nee, geen gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen het weergavepseudoniem verschijnt op schermen en in documenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weergavepseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Daan V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornaam en initiaal; nooit een BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol in de casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;latie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie tot de betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leef&amp;tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geboortedatum in plaats van leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboorte&amp;datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ge&amp;zag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouderlijk gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Woonsituatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonsituatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. woont bij moeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie over de betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabellen</name>
    <message>
        <source>Aan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afkorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslismoment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betrokkene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekoppeld sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geïnformeerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heroverwegen op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markeringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melder hoort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbouwing / toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden uitstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol / relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn of voorwaarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppelen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugkoppeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende stappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woonsituatie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>Status wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van de weging vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onderbouwing (verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onderbouwing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom deze stap? Schriftelijke onderbouwing is verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom deze stap?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies de nieuwe status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de stappen die de levensloop van een casus toestaat, worden aangeboden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidige status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderbouwing van de statuswijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum weging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de weging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wegingspanel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wegingspanel: partners die wogen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnfinishedDialog</name>
    <message>
        <source>Nog niet afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na het sluiten ligt vast wat de vergadering heeft vastgelegd. Nog niet afgerond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar dit punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toch sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlinkDialog</name>
    <message>
        <source>Verbinding weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke verbinding na stap %1 (%2) haalt u weg?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbinding die u weghaalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze stap leidt nergens heen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Kluis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De kluis wordt voorbereid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg is vergrendeld. Uw werk is bewaard; voer uw wachtwoord in om verder te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis openen — Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruiker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onthoud op dit apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onthoud op dit apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord vergeten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stel een nieuw wachtwoord in met de herstelcode van het herstelblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord vergeten: herstellen met de herstelcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Het voorbeeld van de eerste pagina verschijnt hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-document (*.pdf);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit bestand is te groot om te controleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het bestand %1 kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is geen PDF-document. Kies een ondertekende PDF (.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen voorbeeld: dit is geen PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeg (niet ondertekend): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ondertekend op %1 (volgens de ondertekenaar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tijdstip onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongeldig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet vertrouwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet gewijzigd na ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd na ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De handtekeningen konden niet worden gecontroleerd. Probeer het nog eens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekeningen controleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een ondertekende PDF, of sleep hem naar dit venster. De handtekeningen worden gecontroleerd met de certificaten die deze kluis vertrouwt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen bestand gekozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oordeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handtekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lege handtekeningvelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifySignalDialog</name>
    <message>
        <source>Bij weerleggen verplicht: wat liet iets anders zien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal toetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevestigd of weerlegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de toetsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting op de toetsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <source>Versie %1 wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalen die vanaf deze datum binnenkomen volgen deze versie, zodra de voorzitter haar vaststelt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De eerste versie begint leeg: voeg daarna organisaties en routes toe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De nieuwe versie begint als kopie van de nieuwste. Signalen die eerder binnenkwamen volgen de versie die toen gold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verzoeken</name>
    <message>
        <source>Ontvangen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie vroeg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrittenAdoptionDialog</name>
    <message>
        <source>Vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag van %1 van %2 — concept, versie %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hoe de leden instemden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wordt vastgelegd:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag schriftelijk vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welk verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik dit wanneer het concept is rondgestuurd en de leden hebben ingestemd (of geen bezwaar hebben gemaakt vóór de gestelde datum), zodat niet tot de volgende vergadering hoeft te worden gewacht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vastgesteld op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum waarop de leden instemden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De dag waarop de vaststelling rond was; niet in de toekomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoe ingestemd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe de leden met het verslag hebben ingestemd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. Rondgestuurd op 1-12; geen bezwaren vóór 8-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Herstelblad opslaan als PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
