// Español, de usted, con las palabras de las páginas de ajustes («oferta» para posting).
import type { CompareCatalogue } from '.';

export const es: CompareCatalogue = {
  'page.title': 'AI Leadership Lens: ofertas guardadas',
  'page.heading': 'Ofertas guardadas',
  'page.intro':
    'Cada oferta de liderazgo en IA que la Lens ha mostrado queda recordada en este navegador, desde el día de la instalación; no se envía nada a ningún sitio. Marque una oferta con la estrella en el panel para verla aquí.',
  'page.remembered': {
    one: 'La memoria guarda {count} oferta.',
    many: 'La memoria guarda {count} de ofertas.',
    other: 'La memoria guarda {count} ofertas.',
  },

  'filter.group': 'Filtrar',
  'filter.search': 'Buscar',
  'filter.searchHint': 'Título, empresa, lugar, rol, nota o texto de la oferta',
  'filter.status': 'Estado',
  'filter.any': 'Cualquiera',
  'filter.savedOnly': 'Solo guardadas',

  'list.loading': 'Cargando…',
  'list.noneSaved': 'Aún no hay ofertas guardadas.',
  'list.noMatch': 'Ninguna oferta coincide.',
  'list.showing': 'Se muestran {shown} de {total}.',
  'list.more': 'Mostrar {count} más',

  'column.posting': 'Oferta',
  'column.company': 'Empresa',
  'column.role': 'Rol y nivel',
  'column.pay': 'Salario publicado',
  'column.skills': 'Competencias pedidas',
  'column.age': 'Vista por primera vez',
  'column.status': 'Estado y nota',

  'status.interested': 'Interesado',
  'status.applied': 'Candidatura enviada',
  'status.declined': 'Descartada',

  'level.c-suite': 'Alta dirección',
  'level.vp': 'Vicepresidente',
  'level.head': 'Responsable',
  'level.director': 'Director',
  'level.manager': 'Mánager',
  'level.lead': 'Líder',

  'posting.untitled': 'Oferta sin título',
  'pay.notPosted': 'No publicado',
  'pay.range': '{low} – {high}',
  'pay.hour': '{range} por hora',
  'pay.day': '{range} al día',
  'pay.week': '{range} a la semana',
  'pay.month': '{range} al mes',
  'pay.year': '{range} al año',

  'age.today': 'hoy',
  'age.daysAgo': { one: 'hace {count} día', many: 'hace {count} de días', other: 'hace {count} días' },
  'age.posted': 'publicada el {date}',

  'note.notSaved': 'No guardada',
  'note.statusOf': 'Estado de {title}',
  'note.noteOn': 'Nota sobre {title}',
  'note.remove': 'Quitar de guardadas',

  'chart.heading': 'Salario publicado frente al mercado',
  'chart.intro':
    'Un gráfico por moneda, en una misma escala: el salario anual de cada oferta y, cuando los datos incluidos tienen una, la banda de mercado de su rol y región.',
  'chart.group': '{name} ({code})',
  'chart.groupLabel': 'Salario publicado en {name}, con bandas de mercado',
  'chart.converted': 'Bandas en otras monedas convertidas a los tipos del {date}.',
  'chart.legendPosted': 'Salario publicado',
  'chart.legendBox': 'Mercado: mitad central',
  'chart.legendRange': 'Mercado: banda',
  'chart.legendWhiskers': 'Mercado: del más bajo al más alto',
  'chart.legendMedian': 'Mercado: mediana',
  'chart.noPay': 'Fuera del gráfico, sin salario publicado: {titles}',
  'chart.rowPosted': '{title}: publicado {range} al año',
  'chart.rowBand': 'mercado para {role} en {region}, {basis}: {figures}',
  'chart.rowNoBand': 'no hay banda de mercado para este rol y región en los datos incluidos',
  'chart.rowNoRole': 'rol no reconocido, así que no hay banda de mercado',
  'chart.rowNoRate': 'la banda de mercado está en {currency}, sin tipo de cambio para comparar',
  'chart.middleHalf': 'mitad central de {low} a {high}',
  'chart.range': 'banda de {low} a {high}',
  'chart.lowToHigh': 'del más bajo al más alto, de {low} a {high}',
  'chart.median': 'mediana {value}',
  'chart.average': 'media {value}',
  'chart.bandRegion': 'Mercado: {region}',
  'chart.noBandShort': 'sin banda de mercado',
  'chart.bandConverted': 'convertido desde {currency}',

  'basis.base': 'salario base',
  'basis.base+bonus': 'salario base más bonus',
  'basis.total': 'compensación total',

  'memory.heading': 'Memoria',
  'memory.remember': 'Recordar ofertas',
  'memory.rememberHint':
    'Desactivado: las ofertas que vea no se registran; lo recordado se queda hasta que lo olvide.',
  'memory.cap': 'Ofertas guardadas como máximo',
  'memory.capHint': 'Pasado el límite, se olvidan primero las ofertas no guardadas más antiguas.',

  'file.exportJson': 'Exportar JSON',
  'file.exportCsv': 'Exportar CSV',
  'file.importJson': 'Importar JSON',
  'file.forget': 'Olvidarlo todo',
  'file.forgetConfirm':
    '¿Olvidar todas las ofertas que recuerda la Lens, incluidas las guardadas y las notas?',
  'file.forgotten': 'La memoria de ofertas está vacía.',
  'file.imported': {
    one: 'Importado: {count} oferta nueva, {merged} combinadas con las que ya había.',
    many: 'Importado: {count} de ofertas nuevas, {merged} combinadas con las que ya había.',
    other: 'Importado: {count} ofertas nuevas, {merged} combinadas con las que ya había.',
  },
  'file.notJson': 'Este archivo no es JSON: exporte la memoria como JSON para importarla.',
  'file.foreign': 'Este archivo no es una memoria de AI Leadership Lens.',
  'file.newer':
    'Este archivo es de una versión más reciente de AI Leadership Lens (versión de archivo {version}); actualice primero la extensión.',
  'file.damaged': 'El archivo está dañado ({where}: {detail}); no se importó nada.',
  'file.duplicate': 'El archivo incluye {key} dos veces; no se importó nada.',
};
