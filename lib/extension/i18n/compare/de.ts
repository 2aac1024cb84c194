// Deutsch, förmlich ("Sie"), in den Worten der Einstellungsseiten ("Anzeige" für posting).
import type { CompareCatalogue } from '.';

export const de: CompareCatalogue = {
  'page.title': 'AI Leadership Lens: gespeicherte Anzeigen',
  'page.heading': 'Gespeicherte Anzeigen',
  'page.intro':
    'Jede Anzeige für eine KI-Führungsrolle, die die Lens gezeigt hat, bleibt in diesem Browser gespeichert, ab dem Tag der Installation; nichts wird irgendwohin gesendet. Markieren Sie eine Anzeige im Panel mit dem Stern, um sie hier aufzulisten.',
  'page.remembered': {
    one: 'Der Speicher enthält {count} Anzeige.',
    other: 'Der Speicher enthält {count} Anzeigen.',
  },

  'filter.group': 'Filter',
  'filter.search': 'Suchen',
  'filter.searchHint': 'Titel, Firma, Ort, Rolle, Notiz oder Text der Anzeige',
  'filter.status': 'Status',
  'filter.any': 'Alle',
  'filter.savedOnly': 'Nur gespeicherte',

  'list.loading': 'Wird geladen …',
  'list.noneSaved': 'Noch keine gespeicherten Anzeigen.',
  'list.noMatch': 'Keine Anzeige passt.',
  'list.showing': '{shown} von {total} angezeigt.',
  'list.more': '{count} weitere zeigen',

  'column.posting': 'Anzeige',
  'column.company': 'Firma',
  'column.role': 'Rolle und Ebene',
  'column.pay': 'Angegebenes Gehalt',
  'column.skills': 'Geforderte Kompetenzen',
  'column.age': 'Zuerst gesehen',
  'column.status': 'Status und Notiz',

  'status.interested': 'Interessiert',
  'status.applied': 'Beworben',
  'status.declined': 'Abgelehnt',

  'level.c-suite': 'C-Level',
  'level.vp': 'VP',
  'level.head': 'Head',
  'level.director': 'Director',
  'level.manager': 'Manager',
  'level.lead': 'Lead',

  'posting.untitled': 'Anzeige ohne Titel',
  'pay.notPosted': 'Nicht angegeben',
  'pay.range': '{low} – {high}',
  'pay.hour': '{range} pro Stunde',
  'pay.day': '{range} pro Tag',
  'pay.week': '{range} pro Woche',
  'pay.month': '{range} pro Monat',
  'pay.year': '{range} pro Jahr',

  'age.today': 'heute',
  'age.daysAgo': { one: 'vor {count} Tag', other: 'vor {count} Tagen' },
  'age.posted': 'veröffentlicht am {date}',

  'note.notSaved': 'Nicht gespeichert',
  'note.statusOf': 'Status von {title}',
  'note.noteOn': 'Notiz zu {title}',
  'note.remove': 'Aus den gespeicherten entfernen',

  'chart.heading': 'Angegebenes Gehalt im Marktvergleich',
  'chart.intro':
    'Ein Diagramm je Währung, auf einer gemeinsamen Skala: das Jahresgehalt jeder Anzeige und, wo die mitgelieferten Daten eines haben, das Marktband für ihre Rolle und Region.',
  'chart.group': '{name} ({code})',
  'chart.groupLabel': 'Angegebenes Gehalt in {name}, mit Marktbändern',
  'chart.converted': 'Bänder in anderen Währungen zu den Kursen vom {date} umgerechnet.',
  'chart.legendPosted': 'Angegebenes Gehalt',
  'chart.legendBox': 'Markt: mittlere Hälfte',
  'chart.legendRange': 'Markt: Band',
  'chart.legendWhiskers': 'Markt: niedrigster bis höchster Wert',
  'chart.legendMedian': 'Markt: Median',
  'chart.noPay': 'Nicht im Diagramm, kein Gehalt angegeben: {titles}',
  'chart.rowPosted': '{title}: angegeben {range} pro Jahr',
  'chart.rowBand': 'Markt für {role} in {region}, {basis}: {figures}',
  'chart.rowNoBand': 'kein Marktband für diese Rolle und Region in den mitgelieferten Daten',
  'chart.rowNoRole': 'Rolle nicht erkannt, daher kein Marktband',
  'chart.rowNoRate': 'das Marktband ist in {currency}, ohne Wechselkurs zum Vergleich',
  'chart.middleHalf': 'mittlere Hälfte {low} bis {high}',
  'chart.range': 'Band {low} bis {high}',
  'chart.lowToHigh': 'niedrigster bis höchster Wert {low} bis {high}',
  'chart.median': 'Median {value}',
  'chart.average': 'Durchschnitt {value}',
  'chart.bandRegion': 'Markt: {region}',
  'chart.noBandShort': 'kein Marktband',
  'chart.bandConverted': 'umgerechnet aus {currency}',

  'basis.base': 'Grundgehalt',
  'basis.base+bonus': 'Grundgehalt plus Bonus',
  'basis.total': 'Gesamtvergütung',

  'memory.heading': 'Speicher',
  'memory.remember': 'Anzeigen merken',
  'memory.rememberHint':
    'Aus: angesehene Anzeigen werden nicht erfasst; Gespeichertes bleibt, bis Sie es löschen.',
  'memory.cap': 'Höchstens behaltene Anzeigen',
  'memory.capHint': 'Über der Grenze werden die ältesten nicht gespeicherten Anzeigen zuerst vergessen.',

  'file.exportJson': 'Als JSON exportieren',
  'file.exportCsv': 'Als CSV exportieren',
  'file.importJson': 'JSON importieren',
  'file.forget': 'Alles vergessen',
  'file.forgetConfirm':
    'Alle Anzeigen vergessen, die sich die Lens gemerkt hat, gespeicherte und Notizen eingeschlossen?',
  'file.forgotten': 'Der Anzeigenspeicher ist leer.',
  'file.imported': {
    one: 'Importiert: {count} neue Anzeige, {merged} mit vorhandenen zusammengeführt.',
    other: 'Importiert: {count} neue Anzeigen, {merged} mit vorhandenen zusammengeführt.',
  },
  'file.notJson': 'Diese Datei ist kein JSON: Exportieren Sie den Speicher als JSON, um ihn zu importieren.',
  'file.foreign': 'Dies ist keine Speicherdatei von AI Leadership Lens.',
  'file.newer':
    'Diese Datei stammt aus einer neueren Version von AI Leadership Lens (Dateiversion {version}); aktualisieren Sie zuerst die Erweiterung.',
  'file.damaged': 'Die Datei ist beschädigt ({where}: {detail}); nichts wurde importiert.',
  'file.duplicate': 'Die Datei enthält {key} doppelt; nichts wurde importiert.',
};
