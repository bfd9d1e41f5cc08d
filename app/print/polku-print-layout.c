/* polku-print-layout.c: blocks → pages with Pango, drawn onto any cairo_t.
 *
 * A document is a list of blocks (the content, shared and immutable once
 * sealed) plus one pagination. Pagination turns every block into items: the
 * smallest pieces that are never split (a line of a paragraph, a table row
 * or a part of a very tall row between two lines, a signature row, a
 * drawing) with the space before them and whether they must stay on the
 * page of the next item. Pages are then filled item by item; a table's
 * header row is placed again at the top of every page its rows continue on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-print-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "polku-print-i18n.h"
#include "polku-print-layout-private.h"

G_DEFINE_QUARK (polku-print-error-quark, polku_print_error)

#define EPSILON 0.01

/* Sizes in points. */
#define BODY_SIZE        10.0
#define TABLE_SIZE        9.0
#define SMALL_SIZE        8.5
#define LEAD_SIZE        12.0
#define MARGIN_TEXT_SIZE  8.0
#define HEADER_GAP       16.0
#define FOOTER_GAP       12.0
#define RULE_WIDTH        0.5
#define CELL_PAD_X        4.0
#define CELL_PAD_Y        3.0
#define KEY_VALUE_PAD_Y   1.5
#define BULLET_INDENT    14.0
#define SIGNATURE_SPACE  34.0
#define SIGNATURE_GAP    24.0
#define PROGRESS_BAR     9.0
/* A table row taller than this share of the page is split at the foot of a
 * page rather than moved whole, so that a long row does not leave a page
 * nearly empty (and its unit's heading alone on it). */
#define SPLIT_ROW_SHARE   (1.0 / 3.0)
/* The least of a split row left at the foot of a page. */
#define SPLIT_ROW_MIN    36.0

typedef struct { double r, g, b; } Colour;

static const Colour text_colour = { 0.10, 0.10, 0.10 };
static const Colour secondary_colour = { 0.33, 0.35, 0.38 };
static const Colour accent_colour = { 0.09, 0.27, 0.43 };
static const Colour rule_colour = { 0.62, 0.65, 0.69 };
static const Colour header_fill = { 0.90, 0.93, 0.96 };
static const Colour section_fill = { 0.96, 0.97, 0.98 };
static const Colour track_fill = { 0.88, 0.90, 0.93 };

typedef enum
{
  BLOCK_HEADING,
  BLOCK_TEXT,
  BLOCK_BULLET,
  BLOCK_TABLE,
  BLOCK_SIGNATURES,
  BLOCK_PROGRESS,
  BLOCK_DRAWING,
  BLOCK_RULE,
  BLOCK_SPACING,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct _Content Content;

typedef struct
{
  char     **cells;    /* n_columns, or one for a section row */
  gboolean   markup;
  gboolean   section;
} Row;

struct _PolkuPrintTable
{
  Content         *content;     /* borrowed: the table lives in its block */
  guint            n_columns;
  double          *widths;      /* fractions, summing to 1 */
  PangoAlignment  *alignments;
  char           **header;      /* NULL: no header row */
  GPtrArray       *rows;        /* Row */
  double           min_row_height;
  gboolean         key_value;
};

typedef struct
{
  BlockKind            kind;
  guint                level;
  PolkuPrintTextStyle  style;
  PangoAlignment       alignment;
  char                *text;
  gboolean             markup;
  PolkuPrintTable     *table;
  char                *label;
  char                *value_text;
  double               value;
  double               max;
  GPtrArray           *names;
  GPtrArray           *titles;
  double               height;
  PolkuPrintDrawFunc   draw;
  gpointer             user_data;
  GDestroyNotify       destroy;
} Block;

struct _Content
{
  gatomicrefcount  ref_count;
  gboolean         sealed;
  char            *title;
  char            *language;
  char            *organisation;
  char            *workshop;
  char            *page_format;
  char            *left_text;
  GDateTime       *date;
  PangoAlignment   alignment;
  GPtrArray       *blocks;
};

/* Pagination */

typedef struct
{
  const Row    *row;            /* NULL for the header */
  gboolean      header;
  gboolean      section;
  guint         n_cells;
  PangoLayout **cells;
  double       *cell_x;
  double        height;
  GArray       *breaks;         /* double: row y between lines of every cell */
} MeasuredRow;

typedef struct
{
  const PolkuPrintTable *table;
  double                *col_x;
  double                *col_w;
  double                 pad_y;
  MeasuredRow           *header;
  GPtrArray             *rows;  /* MeasuredRow */
  gpointer               header_item;  /* the header's Item, placed again */
} MeasuredTable;

typedef enum
{
  ITEM_LINES,
  ITEM_TABLE_HEADER,
  ITEM_TABLE_ROW,
  ITEM_SIGNATURE_PLACE,
  ITEM_SIGNATURE_ROW,
  ITEM_PROGRESS,
  ITEM_DRAWING,
  ITEM_RULE,
  ITEM_SPACE,
  ITEM_BREAK,
} ItemKind;

typedef struct
{
  ItemKind       kind;
  double         height;
  double         space_before;
  gboolean       keep_with_next;
  const Block   *block;

  /* Lines: the layout's lines between top and bottom; rows: the part of
   * the row between top and bottom. */
  PangoLayout   *layout;
  double         x;
  double         top;
  double         bottom;
  gboolean       bullet;
  Colour         colour;

  MeasuredTable *table;
  MeasuredRow   *row;
  gboolean       first_part;
  gboolean       last_part;

  /* Signatures (name, title pairs or place, label) and progress (label, value). */
  GPtrArray     *layouts;
  guint          n_columns;
  double         column_width;
} Item;

typedef struct
{
  double  y;
  Item   *item;
} Placed;

typedef struct
{
  PangoContext *context;
  double        width;
  double        height;
  double        body_top;
  double        body_height;
  double        footer_top;
  PangoLayout  *header_left;
  PangoLayout  *header_right;
  PangoLayout  *footer_left;
  GPtrArray    *items;          /* Item */
  GPtrArray    *parts;          /* Item: parts of rows taller than a page */
  GPtrArray    *tables;         /* MeasuredTable */
  GPtrArray    *pages;          /* GArray of Placed */
} Pagination;

struct _PolkuPrintDocument
{
  gatomicrefcount  ref_count;
  Content         *content;
  Pagination      *pagination;
};

G_DEFINE_BOXED_TYPE (PolkuPrintDocument, polku_print_document,
                     polku_print_document_ref, polku_print_document_unref)

typedef struct
{
  cairo_t   *cr;
  GPtrArray *boxes;             /* PolkuPrintTextBox, or NULL */
} DrawState;

/* Content */

static void
row_free (Row *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static void
table_free (PolkuPrintTable *table)
{
  g_free (table->widths);
  g_free (table->alignments);
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static void
block_free (Block *block)
{
  g_free (block->text);
  g_free (block->label);
  g_free (block->value_text);
  g_clear_pointer (&block->table, table_free);
  g_clear_pointer (&block->names, g_ptr_array_unref);
  g_clear_pointer (&block->titles, g_ptr_array_unref);
  if (block->destroy != NULL)
    block->destroy (block->user_data);
  g_free (block);
}

static Content *
content_ref (Content *content)
{
  g_atomic_ref_count_inc (&content->ref_count);
  return content;
}

static void
content_unref (Content *content)
{
  if (!g_atomic_ref_count_dec (&content->ref_count))
    return;

  g_free (content->title);
  g_free (content->language);
  g_free (content->organisation);
  g_free (content->workshop);
  g_free (content->page_format);
  g_free (content->left_text);
  g_date_time_unref (content->date);
  g_ptr_array_unref (content->blocks);
  g_free (content);
}

/* Every string that reaches Pango is valid UTF-8, and NULL is empty. */
static char *
dup_valid (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  return g_utf8_make_valid (text, -1);
}

/* Header and footer lines are single lines. */
static char *
dup_single_line (const char *text)
{
  char *line = dup_valid (text);

  g_strdelimit (line, "\r\n\t", ' ');
  return line;
}

/* Invalid markup is shown as the text it is rather than dropped. */
static char *
dup_markup (const char *markup,
            gboolean   *is_markup)
{
  g_autofree char *valid = dup_valid (markup);
  g_autoptr(GError) error = NULL;

  if (pango_parse_markup (valid, -1, 0, NULL, NULL, NULL, &error))
    {
      *is_markup = TRUE;
      return g_steal_pointer (&valid);
    }

  g_debug ("Printing invalid markup as text: %s", error->message);
  *is_markup = FALSE;
  return g_steal_pointer (&valid);
}

static gboolean
check_writable (PolkuPrintDocument *doc)
{
  if (doc->content->sealed)
    {
      g_critical ("A print document cannot change once it has been paginated or copied");
      return FALSE;
    }
  return TRUE;
}

static Block *
add_block (PolkuPrintDocument *doc,
           BlockKind           kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->alignment = doc->content->alignment;
  g_ptr_array_add (doc->content->blocks, block);
  return block;
}

static Block *
last_block (PolkuPrintDocument *doc)
{
  GPtrArray *blocks = doc->content->blocks;

  return blocks->len > 0 ? g_ptr_array_index (blocks, blocks->len - 1) : NULL;
}

static void
pagination_free (Pagination *pagination);

/* Public: the document */

/**
 * polku_print_document_new:
 * @title: the document's title, printed in every page header
 * @language: "fi" or "sv": the language of the document's own words
 *   (footer, default strings) and of its text for line breaking
 *
 * The layout engine takes every string already in the document's language:
 * builders look their words up with polku_print_gettext(), which reads the
 * catalogue of @language whatever the UI language is.
 */
PolkuPrintDocument *
polku_print_document_new (const char *title,
                          const char *language)
{
  PolkuPrintDocument *doc;
  Content *content;

  content = g_new0 (Content, 1);
  g_atomic_ref_count_init (&content->ref_count);
  content->title = dup_single_line (title);
  content->language = g_strdup (language != NULL && *language != '\0' ? language : "fi");
  content->date = g_date_time_new_now_local ();
  content->alignment = PANGO_ALIGN_LEFT;
  content->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  doc = g_new0 (PolkuPrintDocument, 1);
  g_atomic_ref_count_init (&doc->ref_count);
  doc->content = content;

  return doc;
}

PolkuPrintDocument *
polku_print_document_ref (PolkuPrintDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  g_atomic_ref_count_inc (&doc->ref_count);
  return doc;
}

void
polku_print_document_unref (PolkuPrintDocument *doc)
{
  g_return_if_fail (doc != NULL);

  if (!g_atomic_ref_count_dec (&doc->ref_count))
    return;

  g_clear_pointer (&doc->pagination, pagination_free);
  content_unref (doc->content);
  g_free (doc);
}

/**
 * polku_print_document_copy:
 *
 * Returns a document that shares @doc's blocks but has its own pagination,
 * so that a preview, a print operation and a PDF export in a worker thread
 * can each paginate the same content. Both are sealed from then on.
 */
PolkuPrintDocument *
polku_print_document_copy (PolkuPrintDocument *doc)
{
  PolkuPrintDocument *copy;

  g_return_val_if_fail (doc != NULL, NULL);

  doc->content->sealed = TRUE;

  copy = g_new0 (PolkuPrintDocument, 1);
  g_atomic_ref_count_init (&copy->ref_count);
  copy->content = content_ref (doc->content);

  return copy;
}

const char *
polku_print_document_get_title (PolkuPrintDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->content->title;
}

const char *
polku_print_document_get_language (PolkuPrintDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);

  return doc->content->language;
}

gboolean
polku_print_document_is_sealed (PolkuPrintDocument *doc)
{
  g_return_val_if_fail (doc != NULL, FALSE);

  return doc->content->sealed;
}

/**
 * polku_print_document_set_header:
 * @organisation: (nullable): the organisation running the workshop
 * @workshop: (nullable): the workshop's name
 *
 * The header shows both on the left and the document title on the right.
 */
void
polku_print_document_set_header (PolkuPrintDocument *doc,
                                 const char         *organisation,
                                 const char         *workshop)
{
  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  g_free (doc->content->organisation);
  g_free (doc->content->workshop);
  doc->content->organisation = dup_single_line (organisation);
  doc->content->workshop = dup_single_line (workshop);
}

/**
 * polku_print_document_set_footer:
 * @page_format: (nullable): the page number on the right, with %N for the
 *   page and %Q for the number of pages; NULL for the translated default
 *   ("%N / %Q")
 * @left_text: (nullable): the text on the left; NULL for the translated
 *   default "Printed <date>"
 */
void
polku_print_document_set_footer (PolkuPrintDocument *doc,
                                 const char         *page_format,
                                 const char         *left_text)
{
  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  g_free (doc->content->page_format);
  g_free (doc->content->left_text);
  doc->content->page_format = page_format != NULL ? dup_single_line (page_format) : NULL;
  doc->content->left_text = left_text != NULL ? dup_single_line (left_text) : NULL;
}

/* The date printed in the footer; the default is the time of creation. */
void
polku_print_document_set_date (PolkuPrintDocument *doc,
                               GDateTime          *printed)
{
  g_return_if_fail (doc != NULL);
  g_return_if_fail (printed != NULL);

  if (!check_writable (doc))
    return;

  g_date_time_unref (doc->content->date);
  doc->content->date = g_date_time_ref (printed);
}

/**
 * polku_print_document_format_date:
 *
 * Formats @date the way the document's language writes a date on paper
 * (Finnish and Finland-Swedish alike: 20.5.2025).
 */
char *
polku_print_document_format_date (PolkuPrintDocument *doc,
                                  GDateTime          *date)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  return g_strdup_printf ("%d.%d.%d",
                          g_date_time_get_day_of_month (date),
                          g_date_time_get_month (date),
                          g_date_time_get_year (date));
}

/* Public: blocks */

/* Applies to the headings and text added after it. */
void
polku_print_document_set_alignment (PolkuPrintDocument *doc,
                                    PangoAlignment      alignment)
{
  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  doc->content->alignment = alignment;
}

/**
 * polku_print_document_add_heading:
 * @level: 0 for the document's title on its first page, 1–3 for sections
 *
 * A heading is never left alone at the bottom of a page.
 */
void
polku_print_document_add_heading (PolkuPrintDocument *doc,
                                  guint               level,
                                  const char         *text)
{
  Block *block;

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_HEADING);
  block->level = MIN (level, 3);
  block->text = dup_valid (text);
}

void
polku_print_document_add_paragraph (PolkuPrintDocument *doc,
                                    const char         *text)
{
  polku_print_document_add_text (doc, POLKU_PRINT_TEXT_BODY, text);
}

/* Plain text: nothing in @text is interpreted as markup. */
void
polku_print_document_add_text (PolkuPrintDocument  *doc,
                               PolkuPrintTextStyle  style,
                               const char          *text)
{
  Block *block;

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_TEXT);
  block->style = style;
  block->text = dup_valid (text);
}

/* Pango markup built by the caller (g_markup_printf_escaped() for user text). */
void
polku_print_document_add_markup (PolkuPrintDocument  *doc,
                                 PolkuPrintTextStyle  style,
                                 const char          *markup)
{
  Block *block;

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_TEXT);
  block->style = style;
  block->text = dup_markup (markup, &block->markup);
}

/**
 * polku_print_document_add_key_value:
 *
 * Consecutive key–value pairs form one list with the keys in a column.
 */
void
polku_print_document_add_key_value (PolkuPrintDocument *doc,
                                    const char         *key,
                                    const char         *value)
{
  Block *block;
  const char *cells[2] = { key, value };

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = last_block (doc);
  if (block == NULL || block->kind != BLOCK_TABLE || !block->table->key_value)
    {
      static const double widths[2] = { 0.3, 0.7 };
      PolkuPrintTable *table;

      table = polku_print_document_add_table (doc, 2, widths, NULL);
      table->key_value = TRUE;
      block = last_block (doc);
    }

  polku_print_table_add_row (block->table, cells);
}

/* @level 0 is the outermost; consecutive bullets form one list. */
void
polku_print_document_add_bullet (PolkuPrintDocument *doc,
                                 guint               level,
                                 const char         *text)
{
  Block *block;

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_BULLET);
  block->level = MIN (level, 4);
  block->text = dup_valid (text);
}

/**
 * polku_print_document_add_table:
 * @n_columns: 1 to 32
 * @widths: (nullable): @n_columns fractions of the text width (normalised),
 *   or NULL for equal columns
 * @header: (nullable): @n_columns header cells, repeated on every page the
 *   table continues on, or NULL for no header row
 *
 * Returns: (transfer none): the table, to add rows to; owned by @doc
 */
PolkuPrintTable *
polku_print_document_add_table (PolkuPrintDocument *doc,
                                guint               n_columns,
                                const double       *widths,
                                const char * const *header)
{
  PolkuPrintTable *table;
  Block *block;
  double sum = 0;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (n_columns >= 1 && n_columns <= 32, NULL);

  if (!check_writable (doc))
    return NULL;

  table = g_new0 (PolkuPrintTable, 1);
  table->content = doc->content;
  table->n_columns = n_columns;
  table->widths = g_new0 (double, n_columns);
  table->alignments = g_new0 (PangoAlignment, n_columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  for (guint i = 0; i < n_columns; i++)
    {
      table->widths[i] = widths != NULL && widths[i] > 0 ? widths[i] : 1.0;
      sum += table->widths[i];
      table->alignments[i] = PANGO_ALIGN_LEFT;
    }
  for (guint i = 0; i < n_columns; i++)
    table->widths[i] /= sum;

  if (header != NULL)
    {
      table->header = g_new0 (char *, n_columns + 1);
      for (guint i = 0; i < n_columns; i++)
        table->header[i] = dup_valid (header[i]);
    }

  block = add_block (doc, BLOCK_TABLE);
  block->table = table;

  return table;
}

void
polku_print_table_set_column_alignment (PolkuPrintTable *table,
                                        guint            column,
                                        PangoAlignment   alignment)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (column < table->n_columns);
  g_return_if_fail (!table->content->sealed);

  table->alignments[column] = alignment;
}

/* Rows at least this tall leave room to write by hand (a review sheet). */
void
polku_print_table_set_min_row_height (PolkuPrintTable *table,
                                      double           points)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (!table->content->sealed);

  table->min_row_height = MAX (points, 0);
}

static void
table_add_row (PolkuPrintTable    *table,
               const char * const *cells,
               gboolean            markup)
{
  Row *row;

  row = g_new0 (Row, 1);
  row->cells = g_new0 (char *, table->n_columns + 1);
  row->markup = markup;

  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *cell = cells != NULL ? cells[i] : NULL;
      gboolean is_markup = FALSE;

      if (!markup)
        row->cells[i] = dup_valid (cell);
      else
        {
          row->cells[i] = dup_markup (cell, &is_markup);
          /* A cell with broken markup is shown as the text it is. */
          if (!is_markup)
            {
              char *escaped = g_markup_escape_text (row->cells[i], -1);

              g_free (row->cells[i]);
              row->cells[i] = escaped;
            }
        }
    }

  g_ptr_array_add (table->rows, row);
}

/**
 * polku_print_table_add_row:
 * @cells: exactly n_columns strings (a NULL entry is an empty cell), plain text
 */
void
polku_print_table_add_row (PolkuPrintTable    *table,
                           const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (!table->content->sealed);

  table_add_row (table, cells, FALSE);
}

/* As polku_print_table_add_row(), with Pango markup in every cell. */
void
polku_print_table_add_row_markup (PolkuPrintTable    *table,
                                  const char * const *cells)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (!table->content->sealed);

  table_add_row (table, cells, TRUE);
}

/* A shaded row across all columns that introduces the rows after it. */
void
polku_print_table_add_section (PolkuPrintTable *table,
                               const char      *text)
{
  Row *row;

  g_return_if_fail (table != NULL);
  g_return_if_fail (!table->content->sealed);

  row = g_new0 (Row, 1);
  row->cells = g_new0 (char *, 2);
  row->cells[0] = dup_valid (text);
  row->section = TRUE;
  g_ptr_array_add (table->rows, row);
}

/**
 * polku_print_document_add_signatures:
 * @place_date_label: (nullable): the words under the place and date line
 *   ("Paikka ja aika"), or NULL for no such line
 * @place_date: (nullable): the place and date written above that line, or
 *   NULL to leave it blank
 * @signatures: one line for each, up to three side by side
 *
 * The block is kept on one page.
 */
void
polku_print_document_add_signatures (PolkuPrintDocument        *doc,
                                     const char                *place_date_label,
                                     const char                *place_date,
                                     const PolkuPrintSignature *signatures,
                                     guint                      n_signatures)
{
  Block *block;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (signatures != NULL || n_signatures == 0);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_SIGNATURES);
  block->label = place_date_label != NULL ? dup_valid (place_date_label) : NULL;
  block->value_text = place_date != NULL ? dup_valid (place_date) : NULL;
  block->names = g_ptr_array_new_with_free_func (g_free);
  block->titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_signatures; i++)
    {
      g_ptr_array_add (block->names, dup_valid (signatures[i].name));
      g_ptr_array_add (block->titles, dup_valid (signatures[i].title));
    }
}

/**
 * polku_print_document_add_progress:
 * @value_text: (nullable): what is printed after the bar ("15 / 25 osp"),
 *   or NULL for "value / max"
 *
 * Consecutive progress bars line up as one group.
 */
void
polku_print_document_add_progress (PolkuPrintDocument *doc,
                                   const char         *label,
                                   double              value,
                                   double              max,
                                   const char         *value_text)
{
  Block *block;

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_PROGRESS);
  block->label = dup_valid (label);
  block->max = isfinite (max) && max > 0 ? max : 0;
  block->value = isfinite (value) ? CLAMP (value, 0, block->max) : 0;
  if (value_text != NULL)
    block->value_text = dup_valid (value_text);
  else
    block->value_text = g_strdup_printf ("%.0f / %.0f", block->value, block->max);
}

/**
 * polku_print_document_add_drawing:
 * @height: the drawing's height in points (at most a page's body)
 * @draw: called with a context clipped to the drawing's box
 * @destroy: (nullable): frees @user_data when the last copy of the
 *   document goes, possibly in a worker thread
 *
 * A drawing is kept on one page.
 */
void
polku_print_document_add_drawing (PolkuPrintDocument *doc,
                                  double              height,
                                  PolkuPrintDrawFunc  draw,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy)
{
  Block *block;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (draw != NULL);

  if (!check_writable (doc))
    {
      if (destroy != NULL)
        destroy (user_data);
      return;
    }

  block = add_block (doc, BLOCK_DRAWING);
  block->height = isfinite (height) ? MAX (height, 1) : 1;
  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
}

/* A thin line across the text column. */
void
polku_print_document_add_rule (PolkuPrintDocument *doc)
{
  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  add_block (doc, BLOCK_RULE);
}

/* Vertical space, dropped at the top of a page. */
void
polku_print_document_add_spacing (PolkuPrintDocument *doc,
                                  double              points)
{
  Block *block;

  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  block = add_block (doc, BLOCK_SPACING);
  block->height = isfinite (points) ? MAX (points, 0) : 0;
}

void
polku_print_document_add_page_break (PolkuPrintDocument *doc)
{
  g_return_if_fail (doc != NULL);

  if (!check_writable (doc))
    return;

  add_block (doc, BLOCK_PAGE_BREAK);
}

/* Pango helpers */

/**
 * polku_print_create_pango_context:
 * @font_map: (nullable): the font map, or NULL for this thread's default
 *
 * A context for paginating on paper: 72 dpi so that one unit is one point
 * (a PDF surface would assume 96) and no hinted metrics, so that line
 * breaks are the same in the preview, the PDF and on the printer.
 */
PangoContext *
polku_print_create_pango_context (PangoFontMap *font_map)
{
  PangoContext *context;
  cairo_font_options_t *options;

  if (font_map == NULL)
    font_map = pango_cairo_font_map_get_default ();

  context = pango_font_map_create_context (font_map);
  pango_cairo_context_set_resolution (context, 72);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * polku_print_create_layout:
 *
 * A layout for text inside a drawing callback, in points, in the print
 * font at 9 pt.
 */
PangoLayout *
polku_print_create_layout (cairo_t *cr)
{
  PangoLayout *layout;
  PangoContext *context;
  cairo_font_options_t *options;
  PangoFontDescription *font;

  g_return_val_if_fail (cr != NULL, NULL);

  layout = pango_cairo_create_layout (cr);
  context = pango_layout_get_context (layout);
  pango_cairo_context_set_resolution (context, 72);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_layout_context_changed (layout);

  font = pango_font_description_from_string (POLKU_PRINT_FONT_FAMILY " 9");
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  return layout;
}

static PangoFontDescription *
make_font (double  size,
           gboolean bold,
           gboolean italic)
{
  PangoFontDescription *font = pango_font_description_from_string (POLKU_PRINT_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);

  return font;
}

static PangoLayout *
make_layout (Pagination     *p,
             const char     *language,
             const char     *text,
             gboolean        markup,
             double          size,
             gboolean        bold,
             gboolean        italic,
             double          width,
             PangoAlignment  alignment)
{
  PangoLayout *layout;
  PangoFontDescription *font;
  PangoAttrList *attrs;

  layout = pango_layout_new (p->context);
  font = make_font (size, bold, italic);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* Very long words break between characters rather than leave the page. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1)));
  pango_layout_set_alignment (layout, alignment);

  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);

  attrs = pango_layout_get_attributes (layout);
  attrs = attrs != NULL ? pango_attr_list_copy (attrs) : pango_attr_list_new ();
  pango_attr_list_insert_before (attrs, pango_attr_language_new (pango_language_from_string (language)));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/* Pieces that are never split across pages (a signature, a progress bar,
 * a table header) have a bounded height: absurdly long text is cut with an
 * ellipsis rather than run off the page. */
static PangoLayout *
limit_lines (PangoLayout *layout,
             int          max_lines)
{
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  return layout;
}

static PangoLayout *
make_bounded_layout (Pagination     *p,
                     const char     *language,
                     const char     *text,
                     double          size,
                     gboolean        bold,
                     double          width,
                     PangoAlignment  alignment,
                     int             max_lines)
{
  return limit_lines (make_layout (p, language, text, FALSE, size, bold, FALSE, width, alignment), max_lines);
}

/* A single line, cut with an ellipsis: header and footer texts. */
static PangoLayout *
make_line_layout (Pagination     *p,
                  const char     *language,
                  const char     *text,
                  gboolean        bold,
                  double          width,
                  PangoAlignment  alignment)
{
  PangoLayout *layout;

  layout = make_layout (p, language, text, FALSE, MARGIN_TEXT_SIZE, bold, FALSE, width, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.y + logical.height);
}

static double
layout_natural_width (PangoLayout *layout)
{
  PangoRectangle logical;
  int width = pango_layout_get_width (layout);

  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  pango_layout_set_width (layout, width);
  return pango_units_to_double (logical.width);
}

/* Drawing text */

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
record_box (DrawState       *ds,
            PangoLayout     *layout,
            PangoLayoutLine *line,
            double           x0,
            double           y0,
            double           x1,
            double           y1)
{
  PolkuPrintTextBox *box;
  const char *text = pango_layout_get_text (layout);

  if (ds->boxes == NULL)
    return;

  cairo_user_to_device (ds->cr, &x0, &y0);
  cairo_user_to_device (ds->cr, &x1, &y1);

  box = g_new0 (PolkuPrintTextBox, 1);
  box->text = g_strndup (text + line->start_index, line->length);
  box->x0 = MIN (x0, x1);
  box->x1 = MAX (x0, x1);
  box->y0 = MIN (y0, y1);
  box->y1 = MAX (y0, y1);

  /* An ellipsized line shows less than its text: mark it. */
  if (pango_layout_is_ellipsized (layout))
    {
      char *marked = g_strconcat (box->text, "…", NULL);
      g_free (box->text);
      box->text = marked;
    }

  g_ptr_array_add (ds->boxes, box);
}

/* Draws the lines of @layout lying wholly between @top and @bottom (layout
 * coordinates) with @top at @y. A line crossing either edge is not drawn:
 * pagination only ever cuts between lines. */
static void
draw_layout_lines (DrawState   *ds,
                   PangoLayout *layout,
                   double       x,
                   double       y,
                   double       top,
                   double       bottom)
{
  PangoLayoutIter *iter;

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line;
      PangoRectangle logical;
      int y0, y1;
      double line_top, line_bottom, baseline, left;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      line_top = pango_units_to_double (y0);
      line_bottom = pango_units_to_double (y1);

      if (line_top < top - EPSILON)
        continue;
      if (line_bottom > bottom + EPSILON)
        break;

      line = pango_layout_iter_get_line_readonly (iter);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      left = x + pango_units_to_double (logical.x);

      cairo_move_to (ds->cr, left, y + baseline - top);
      pango_cairo_show_layout_line (ds->cr, line);

      record_box (ds, layout, line,
                  left, y + line_top - top,
                  left + pango_units_to_double (logical.width), y + line_bottom - top);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
draw_layout (DrawState   *ds,
             PangoLayout *layout,
             double       x,
             double       y)
{
  draw_layout_lines (ds, layout, x, y, 0, G_MAXDOUBLE);
}

static void
draw_hline (cairo_t      *cr,
            double        x0,
            double        x1,
            double        y,
            double        width,
            const Colour *colour)
{
  set_colour (cr, colour);
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  cairo_stroke (cr);
}

/* Measured tables */

static void
measured_row_free (MeasuredRow *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    g_object_unref (row->cells[i]);
  g_free (row->cells);
  g_free (row->cell_x);
  g_array_unref (row->breaks);
  g_free (row);
}

static void
measured_table_free (MeasuredTable *table)
{
  g_free (table->col_x);
  g_free (table->col_w);
  g_clear_pointer (&table->header, measured_row_free);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* The row y positions at which no cell has a line crossing. */
static void
find_row_breaks (MeasuredRow *row,
                 double       pad_y)
{
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < row->n_cells; i++)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (row->cells[i]);

      do
        {
          int y0, y1;
          double top, bottom;

          pango_layout_iter_get_line_yrange (iter, &y0, &y1);
          top = pad_y + pango_units_to_double (y0);
          bottom = pad_y + pango_units_to_double (y1);
          g_array_append_val (tops, top);
          g_array_append_val (bottoms, bottom);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  for (guint i = 0; i < bottoms->len; i++)
    {
      double y = g_array_index (bottoms, double, i);
      gboolean valid = y < row->height - EPSILON;

      for (guint j = 0; valid && j < tops->len; j++)
        if (g_array_index (tops, double, j) < y - EPSILON &&
            g_array_index (bottoms, double, j) > y + EPSILON)
          valid = FALSE;

      if (valid)
        g_array_append_val (row->breaks, y);
    }

  g_array_sort (row->breaks, compare_doubles);
}

static MeasuredRow *
measure_row (Pagination           *p,
             const char           *language,
             MeasuredTable        *mt,
             const Row            *row,
             char * const         *header)
{
  const PolkuPrintTable *table = mt->table;
  MeasuredRow *mr;
  double content_height = 0;
  double width = p->width;

  mr = g_new0 (MeasuredRow, 1);
  mr->row = row;
  mr->header = header != NULL;
  mr->section = row != NULL && row->section;
  mr->n_cells = mr->section ? 1 : table->n_columns;
  mr->cells = g_new0 (PangoLayout *, mr->n_cells);
  mr->cell_x = g_new0 (double, mr->n_cells);
  mr->breaks = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < mr->n_cells; i++)
    {
      const char *text = header != NULL ? header[i] : row->cells[i];
      gboolean markup = row != NULL && row->markup;
      gboolean bold = mr->header || mr->section || (table->key_value && i == 0);
      double x, w, size;
      PangoAlignment alignment;

      if (mr->section)
        {
          x = CELL_PAD_X;
          w = width - 2 * CELL_PAD_X;
          alignment = PANGO_ALIGN_LEFT;
        }
      else if (table->key_value)
        {
          x = mt->col_x[i];
          w = mt->col_w[i] - (i == 0 ? 8 : 0);
          alignment = PANGO_ALIGN_LEFT;
        }
      else
        {
          x = mt->col_x[i] + CELL_PAD_X;
          w = mt->col_w[i] - 2 * CELL_PAD_X;
          alignment = table->alignments[i];
        }

      size = table->key_value ? BODY_SIZE : TABLE_SIZE;
      mr->cells[i] = make_layout (p, language, text, markup, size, bold, FALSE, w, alignment);
      if (mr->header)
        limit_lines (mr->cells[i], 4);
      mr->cell_x[i] = x;
      content_height = MAX (content_height, layout_height (mr->cells[i]));
    }

  mr->height = content_height + 2 * mt->pad_y;
  if (!mr->header && !mr->section)
    mr->height = MAX (mr->height, table->min_row_height);

  find_row_breaks (mr, mt->pad_y);

  return mr;
}

static MeasuredTable *
measure_table (Pagination            *p,
               const char            *language,
               const PolkuPrintTable *table)
{
  MeasuredTable *mt;
  double x = 0;

  mt = g_new0 (MeasuredTable, 1);
  mt->table = table;
  mt->col_x = g_new0 (double, table->n_columns);
  mt->col_w = g_new0 (double, table->n_columns);
  mt->pad_y = table->key_value ? KEY_VALUE_PAD_Y : CELL_PAD_Y;
  mt->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) measured_row_free);

  if (table->key_value)
    {
      double key_width = 0;

      /* The key column is as wide as the longest key, within reason. */
      for (guint i = 0; i < table->rows->len; i++)
        {
          const Row *row = g_ptr_array_index (table->rows, i);
          PangoLayout *layout = make_layout (p, language, row->cells[0], FALSE,
                                             BODY_SIZE, TRUE, FALSE, p->width, PANGO_ALIGN_LEFT);

          key_width = MAX (key_width, layout_natural_width (layout));
          g_object_unref (layout);
        }

      mt->col_w[0] = CLAMP (ceil (key_width) + 12, 60, 0.4 * p->width);
      mt->col_x[1] = mt->col_w[0];
      mt->col_w[1] = p->width - mt->col_w[0];
    }
  else
    {
      for (guint i = 0; i < table->n_columns; i++)
        {
          mt->col_x[i] = x;
          mt->col_w[i] = table->widths[i] * p->width;
          x += mt->col_w[i];
        }
    }

  if (table->header != NULL)
    mt->header = measure_row (p, language, mt, NULL, table->header);

  for (guint i = 0; i < table->rows->len; i++)
    g_ptr_array_add (mt->rows, measure_row (p, language, mt, g_ptr_array_index (table->rows, i), NULL));

  return mt;
}

/* Drawing items */

static void
draw_bullet (cairo_t *cr,
             guint    level,
             double   x,
             double   baseline)
{
  double cx = x - BULLET_INDENT / 2 - 1;
  double cy = baseline - BODY_SIZE * 0.3;

  set_colour (cr, &text_colour);
  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, cy, level == 0 ? 1.8 : 1.5, 0, 2 * G_PI);
  if (level == 0)
    cairo_fill (cr);
  else
    {
      cairo_set_line_width (cr, 0.6);
      cairo_stroke (cr);
    }
}

static double
first_baseline (PangoLayout *layout)
{
  return pango_units_to_double (pango_layout_get_baseline (layout));
}

static void
draw_row_part (DrawState *ds,
               Item      *item,
               double     y,
               gboolean   top_rule)
{
  cairo_t *cr = ds->cr;
  MeasuredTable *mt = item->table;
  MeasuredRow *mr = item->row;
  double width = mt->col_x[mt->table->n_columns - 1] + mt->col_w[mt->table->n_columns - 1];
  double offset = y + (item->first_part ? 0 : mt->pad_y) - item->top;

  if (mr->header || mr->section)
    {
      set_colour (cr, mr->header ? &header_fill : &section_fill);
      /* Inside the rule above, which the row before drew. */
      cairo_rectangle (cr, 0, y + RULE_WIDTH / 2, width, item->height - RULE_WIDTH / 2);
      cairo_fill (cr);
    }

  for (guint i = 0; i < mr->n_cells; i++)
    {
      set_colour (cr, &text_colour);
      /* A cell line at layout y lies at row y pad_y + y. */
      draw_layout_lines (ds, mr->cells[i], mr->cell_x[i], offset + item->top,
                         item->top - mt->pad_y, item->bottom - mt->pad_y);
    }

  if (mt->table->key_value)
    return;

  set_colour (cr, &rule_colour);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, 0, y + item->height);
  cairo_move_to (cr, width, y);
  cairo_line_to (cr, width, y + item->height);
  cairo_move_to (cr, 0, y + item->height);
  cairo_line_to (cr, width, y + item->height);
  if (top_rule)
    {
      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, width, y);
    }
  if (!mr->section)
    for (guint i = 1; i < mt->table->n_columns; i++)
      {
        cairo_move_to (cr, mt->col_x[i], y);
        cairo_line_to (cr, mt->col_x[i], y + item->height);
      }
  cairo_stroke (cr);
}

/* Measures (cr == NULL) or draws the signature items; both use one code path
 * so that the measured height is what is drawn. */
static double
layout_signature_item (DrawState *ds,
                       Item      *item,
                       double     y)
{
  double bottom = 0;
  double name_height = 0;

  /* The roles line up under names of different lengths. */
  if (item->kind != ITEM_SIGNATURE_PLACE)
    for (guint col = 0; col < item->n_columns && 2 * col + 1 < item->layouts->len; col++)
      name_height = MAX (name_height, layout_height (g_ptr_array_index (item->layouts, 2 * col)));

  for (guint col = 0; col < item->n_columns; col++)
    {
      PangoLayout *above = NULL, *name, *title;
      double x = col * (item->column_width + SIGNATURE_GAP);
      double cy = SIGNATURE_SPACE;

      if (item->kind == ITEM_SIGNATURE_PLACE)
        {
          above = g_ptr_array_index (item->layouts, 0);
          name = NULL;
          title = g_ptr_array_index (item->layouts, 1);
        }
      else
        {
          if (2 * col + 1 >= item->layouts->len)
            break;
          name = g_ptr_array_index (item->layouts, 2 * col);
          title = g_ptr_array_index (item->layouts, 2 * col + 1);
        }

      if (ds != NULL)
        {
          if (above != NULL)
            {
              set_colour (ds->cr, &text_colour);
              draw_layout (ds, above, x, y + cy - 3 - layout_height (above));
            }
          draw_hline (ds->cr, x, x + item->column_width, y + cy, 0.75, &text_colour);
        }
      cy += 3;

      if (name != NULL)
        {
          if (ds != NULL)
            {
              set_colour (ds->cr, &text_colour);
              draw_layout (ds, name, x, y + cy);
            }
          cy += MAX (layout_height (name), name_height);
        }
      if (title != NULL)
        {
          if (ds != NULL)
            {
              set_colour (ds->cr, &secondary_colour);
              draw_layout (ds, title, x, y + cy);
            }
          cy += layout_height (title);
        }

      bottom = MAX (bottom, cy);
    }

  return bottom;
}

static double
layout_progress_item (DrawState *ds,
                      Item      *item,
                      double     y,
                      double     width)
{
  PangoLayout *label = g_ptr_array_index (item->layouts, 0);
  PangoLayout *value = g_ptr_array_index (item->layouts, 1);
  double bar_x = 0.42 * width;
  double bar_w = 0.40 * width;
  double value_x = 0.84 * width;
  double first_line;
  double bar_y;

  /* The bar sits on the label's first baseline. */
  first_line = first_baseline (label);
  bar_y = MAX (0, first_line - PROGRESS_BAR + 1);

  if (ds != NULL)
    {
      const Block *block = item->block;
      double fraction = block->max > 0 ? block->value / block->max : 0;
      cairo_t *cr = ds->cr;

      set_colour (cr, &text_colour);
      draw_layout (ds, label, 0, y);
      draw_layout (ds, value, value_x, y);

      set_colour (cr, &track_fill);
      cairo_rectangle (cr, bar_x, y + bar_y, bar_w, PROGRESS_BAR);
      cairo_fill (cr);
      if (fraction > 0)
        {
          set_colour (cr, &accent_colour);
          cairo_rectangle (cr, bar_x, y + bar_y, bar_w * fraction, PROGRESS_BAR);
          cairo_fill (cr);
        }
      set_colour (cr, &rule_colour);
      cairo_set_line_width (cr, RULE_WIDTH);
      cairo_rectangle (cr, bar_x, y + bar_y, bar_w, PROGRESS_BAR);
      cairo_stroke (cr);
    }

  return MAX (MAX (layout_height (label), layout_height (value)), bar_y + PROGRESS_BAR);
}

static void
draw_item (DrawState  *ds,
           Pagination *p,
           Item       *item,
           double      y,
           gboolean    top_rule)
{
  cairo_t *cr = ds->cr;

  switch (item->kind)
    {
    case ITEM_LINES:
      set_colour (cr, &item->colour);
      draw_layout_lines (ds, item->layout, item->x, y, item->top, item->bottom);
      if (item->bullet)
        draw_bullet (cr, item->block->level, item->x, y + first_baseline (item->layout));
      break;

    case ITEM_TABLE_HEADER:
    case ITEM_TABLE_ROW:
      draw_row_part (ds, item, y, top_rule || item->kind == ITEM_TABLE_HEADER);
      break;

    case ITEM_SIGNATURE_PLACE:
    case ITEM_SIGNATURE_ROW:
      layout_signature_item (ds, item, y);
      break;

    case ITEM_PROGRESS:
      layout_progress_item (ds, item, y, p->width);
      break;

    case ITEM_DRAWING:
      cairo_save (cr);
      cairo_translate (cr, 0, y);
      cairo_rectangle (cr, 0, 0, p->width, item->height);
      cairo_clip (cr);
      cairo_new_path (cr);
      set_colour (cr, &text_colour);
      cairo_set_line_width (cr, 1);
      item->block->draw (cr, p->width, item->height, item->block->user_data);
      cairo_restore (cr);
      break;

    case ITEM_RULE:
      draw_hline (cr, 0, p->width, y + item->height / 2, RULE_WIDTH, &rule_colour);
      break;

    case ITEM_SPACE:
    case ITEM_BREAK:
    default:
      break;
    }
}

/* Building items */

static void
item_free (Item *item)
{
  g_clear_object (&item->layout);
  g_clear_pointer (&item->layouts, g_ptr_array_unref);
  g_free (item);
}

static Item *
add_item (Pagination  *p,
          ItemKind     kind,
          const Block *block,
          double       height,
          double       space_before)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  item->block = block;
  item->height = height;
  item->space_before = space_before;
  g_ptr_array_add (p->items, item);
  return item;
}

/* One item per line, with widows and orphans kept in pairs; @keep_all keeps
 * every line with the next (headings). */
static void
add_line_items (Pagination    *p,
                const Block   *block,
                PangoLayout   *layout,
                double         x,
                const Colour  *colour,
                double         space_before,
                gboolean       keep_all,
                gboolean       bullet)
{
  PangoLayoutIter *iter;
  int n_lines = pango_layout_get_line_count (layout);
  int i = 0;

  iter = pango_layout_get_iter (layout);
  do
    {
      Item *item;
      int y0, y1;
      double top, bottom;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      top = pango_units_to_double (y0);
      bottom = pango_units_to_double (y1);

      item = add_item (p, ITEM_LINES, block, bottom - top, i == 0 ? space_before : 0);
      item->layout = g_object_ref (layout);
      item->x = x;
      item->top = top;
      item->bottom = bottom;
      item->colour = *colour;
      item->bullet = bullet && i == 0;
      /* Up to three lines stay together, longer ones leave at least two
       * lines on either page. */
      if (i < n_lines - 1)
        item->keep_with_next = keep_all || n_lines <= 3 || i == 0 || i == n_lines - 2;
      else
        item->keep_with_next = keep_all;
      i++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* One item for the whole row; break_pages() cuts a row taller than a page. */
static void
add_row_item (Pagination    *p,
              const Block   *block,
              MeasuredTable *mt,
              MeasuredRow   *mr,
              ItemKind       kind,
              double         space_before,
              gboolean       keep_with_next)
{
  Item *item = add_item (p, kind, block, mr->height, space_before);

  item->table = mt;
  item->row = mr;
  item->top = 0;
  item->bottom = mr->height;
  item->first_part = TRUE;
  item->last_part = TRUE;
  item->keep_with_next = keep_with_next;
  if (kind == ITEM_TABLE_HEADER)
    mt->header_item = item;
}

static double
space_before_block (const Block *block,
                    const Block *previous)
{
  double space = 0;

  if (previous == NULL)
    return 0;

  switch (block->kind)
    {
    case BLOCK_HEADING:
      space = block->level <= 1 ? 18 : block->level == 2 ? 12 : 9;
      break;
    case BLOCK_TEXT:
      space = previous->kind == BLOCK_HEADING ? 4 : 6;
      break;
    case BLOCK_BULLET:
      space = previous->kind == BLOCK_BULLET ? 2 : previous->kind == BLOCK_HEADING ? 4 : 6;
      break;
    case BLOCK_TABLE:
      space = previous->kind == BLOCK_HEADING ? 6 : 8;
      break;
    case BLOCK_PROGRESS:
      space = previous->kind == BLOCK_PROGRESS ? 5 : 8;
      break;
    case BLOCK_SIGNATURES:
      space = 14;
      break;
    case BLOCK_DRAWING:
    case BLOCK_RULE:
      space = 8;
      break;
    case BLOCK_SPACING:
    case BLOCK_PAGE_BREAK:
    default:
      space = 0;
      break;
    }

  /* Breathing room after tables, lists and key-value lists. */
  if ((previous->kind == BLOCK_TABLE || previous->kind == BLOCK_SIGNATURES) &&
      block->kind != BLOCK_SPACING && block->kind != BLOCK_PAGE_BREAK)
    space += 4;

  return space;
}

static void
build_items (Pagination    *p,
             const Content *content)
{
  const char *lang = content->language;
  const Block *previous = NULL;
  gboolean heading_group = FALSE;

  for (guint b = 0; b < content->blocks->len; b++)
    {
      const Block *block = g_ptr_array_index (content->blocks, b);
      double space = space_before_block (block, previous);
      guint first_item = p->items->len;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          {
            static const double sizes[] = { 20, 14, 12, 10.5 };
            g_autoptr(PangoLayout) layout = NULL;

            layout = make_layout (p, lang, block->text, FALSE, sizes[block->level], TRUE,
                                  FALSE, p->width, block->alignment);
            add_line_items (p, block, layout, 0, &accent_colour, space, TRUE, FALSE);
          }
          break;

        case BLOCK_TEXT:
          {
            g_autoptr(PangoLayout) layout = NULL;
            const Colour *colour = &text_colour;
            double size = BODY_SIZE;

            if (block->style == POLKU_PRINT_TEXT_SMALL)
              {
                size = SMALL_SIZE;
                colour = &secondary_colour;
              }
            else if (block->style == POLKU_PRINT_TEXT_LEAD)
              size = LEAD_SIZE;

            layout = make_layout (p, lang, block->text, block->markup, size,
                                  block->style == POLKU_PRINT_TEXT_STRONG,
                                  block->style == POLKU_PRINT_TEXT_EMPHASIS,
                                  p->width, block->alignment);
            add_line_items (p, block, layout, 0, colour, space, FALSE, FALSE);
          }
          break;

        case BLOCK_BULLET:
          {
            g_autoptr(PangoLayout) layout = NULL;
            double x = BULLET_INDENT * (block->level + 1);

            layout = make_layout (p, lang, block->text, FALSE, BODY_SIZE, FALSE, FALSE,
                                  p->width - x, PANGO_ALIGN_LEFT);
            add_line_items (p, block, layout, x, &text_colour, space, FALSE, TRUE);
          }
          break;

        case BLOCK_TABLE:
          {
            MeasuredTable *mt = measure_table (p, lang, block->table);

            g_ptr_array_add (p->tables, mt);
            if (mt->header != NULL)
              {
                add_row_item (p, block, mt, mt->header, ITEM_TABLE_HEADER, space, TRUE);
                space = 0;
              }
            for (guint i = 0; i < mt->rows->len; i++)
              {
                MeasuredRow *mr = g_ptr_array_index (mt->rows, i);

                /* A short list of facts (a name and an organisation to
                 * fill in, say) is read as one piece: never split. */
                gboolean short_list = block->table->key_value && mt->rows->len <= 4 && i + 1 < mt->rows->len;

                add_row_item (p, block, mt, mr, ITEM_TABLE_ROW, i == 0 ? space : 0, mr->section || short_list);
              }
          }
          break;

        case BLOCK_SIGNATURES:
          /* A signature alone on a page does not say what was signed: it
           * takes the last lines above it along. */
          for (guint i = first_item; i > 0; i--)
            {
              Item *before = g_ptr_array_index (p->items, i - 1);

              if (before->kind == ITEM_BREAK)
                break;
              before->keep_with_next = TRUE;
              if (before->kind != ITEM_SPACE)
                break;
            }
          {
            guint n = block->names->len;
            guint n_columns = n <= 1 ? 2 : MIN (n, 3);
            double column_width = (p->width - SIGNATURE_GAP * (n_columns - 1)) / n_columns;
            Item *item;

            if (block->label != NULL)
              {
                const char *place_date = block->value_text != NULL ? block->value_text : "";

                item = add_item (p, ITEM_SIGNATURE_PLACE, block, 0, space);
                item->n_columns = 1;
                item->column_width = column_width;
                item->layouts = g_ptr_array_new_with_free_func (g_object_unref);
                g_ptr_array_add (item->layouts, make_bounded_layout (p, lang, place_date, BODY_SIZE, FALSE,
                                                                     column_width, PANGO_ALIGN_LEFT, 2));
                g_ptr_array_add (item->layouts, make_bounded_layout (p, lang, block->label, SMALL_SIZE, FALSE,
                                                                     column_width, PANGO_ALIGN_LEFT, 2));
                item->height = layout_signature_item (NULL, item, 0);
                item->keep_with_next = n > 0;
                space = 4;
              }

            for (guint i = 0; i < n; i += n_columns)
              {
                item = add_item (p, ITEM_SIGNATURE_ROW, block, 0, space);
                item->n_columns = MIN (n_columns, n - i);
                item->column_width = column_width;
                item->layouts = g_ptr_array_new_with_free_func (g_object_unref);
                for (guint j = i; j < i + item->n_columns; j++)
                  {
                    g_ptr_array_add (item->layouts,
                                     make_bounded_layout (p, lang, g_ptr_array_index (block->names, j),
                                                          BODY_SIZE, TRUE, column_width, PANGO_ALIGN_LEFT, 3));
                    g_ptr_array_add (item->layouts,
                                     make_bounded_layout (p, lang, g_ptr_array_index (block->titles, j),
                                                          SMALL_SIZE, FALSE, column_width, PANGO_ALIGN_LEFT, 2));
                  }
                item->height = layout_signature_item (NULL, item, 0);
                item->keep_with_next = i + n_columns < n;
                space = 4;
              }
          }
          break;

        case BLOCK_PROGRESS:
          {
            Item *item = add_item (p, ITEM_PROGRESS, block, 0, space);

            item->layouts = g_ptr_array_new_with_free_func (g_object_unref);
            g_ptr_array_add (item->layouts, make_bounded_layout (p, lang, block->label, BODY_SIZE, FALSE,
                                                                 0.40 * p->width, PANGO_ALIGN_LEFT, 4));
            g_ptr_array_add (item->layouts, make_bounded_layout (p, lang, block->value_text, BODY_SIZE, FALSE,
                                                                 0.16 * p->width, PANGO_ALIGN_RIGHT, 1));
            item->height = layout_progress_item (NULL, item, 0, p->width);
          }
          break;

        case BLOCK_DRAWING:
          add_item (p, ITEM_DRAWING, block, MIN (block->height, p->body_height), space);
          break;

        case BLOCK_RULE:
          /* A rule opens what follows it; never the last thing on a page. */
          add_item (p, ITEM_RULE, block, 2, space)->keep_with_next = TRUE;
          break;

        case BLOCK_SPACING:
          add_item (p, ITEM_SPACE, block, block->height, 0);
          break;

        case BLOCK_PAGE_BREAK:
          add_item (p, ITEM_BREAK, block, 0, 0);
          break;

        default:
          g_assert_not_reached ();
        }

      /* A heading stays with what it introduces: the short lines right under
       * it (a unit's code and credits, a count, a progress bar) belong to the
       * heading, so the chain goes on to the first real content. */
      if (block->kind == BLOCK_HEADING)
        heading_group = TRUE;
      else if (heading_group)
        heading_group = block->kind == BLOCK_SPACING ||
                        ((block->kind == BLOCK_TEXT || block->kind == BLOCK_PROGRESS) &&
                         p->items->len - first_item <= 2);
      if (heading_group && p->items->len > first_item)
        ((Item *) g_ptr_array_index (p->items, p->items->len - 1))->keep_with_next = TRUE;

      previous = block;
    }
}

/* Breaking into pages */

static GArray *
new_page (Pagination *p)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placed));

  g_ptr_array_add (p->pages, page);
  return page;
}

static void
place (GArray *page,
       Item   *item,
       double  y)
{
  Placed placed = { y, item };

  g_array_append_val (page, placed);
}

static gboolean
is_splittable_row (Pagination *p,
                   const Item *item)
{
  return item->kind == ITEM_TABLE_ROW && item->height > p->body_height * SPLIT_ROW_SHARE;
}

/* The height of the first piece of a splittable row: a few lines, never less
 * than SPLIT_ROW_MIN; the whole row when it has no break low enough. */
static double
first_piece_height (const Item *row)
{
  const MeasuredRow *mr = row->row;

  for (guint i = 0; i < mr->breaks->len; i++)
    {
      double b = g_array_index (mr->breaks, double, i);

      if (b >= SPLIT_ROW_MIN)
        return b + row->table->pad_y;
    }

  return row->height;
}

/* The height item @i needs on this page together with those it keeps with.
 * A long row in the chain counts with its first piece: it will be split. */
static double
chain_height (Pagination *p,
              guint       i)
{
  Item *item = g_ptr_array_index (p->items, i);
  double height = item->height;

  while (item->keep_with_next && i + 1 < p->items->len)
    {
      item = g_ptr_array_index (p->items, ++i);
      if (item->kind == ITEM_BREAK)
        break;
      if (item->kind == ITEM_SPACE)
        continue;
      if (is_splittable_row (p, item))
        {
          height += item->space_before + first_piece_height (item);
          break;
        }
      height += item->space_before + item->height;
    }

  return height;
}

typedef struct
{
  Pagination    *p;
  GArray        *page;
  MeasuredTable *header_on_page;
  double         y;
} Breaker;

static void
breaker_new_page (Breaker *b)
{
  b->page = new_page (b->p);
  b->header_on_page = NULL;
  b->y = 0;
}

static double
header_needed (Breaker       *b,
               MeasuredTable *table)
{
  return table->header != NULL && b->header_on_page != table ? table->header->height : 0;
}

/* The table's header again where its rows continue. */
static void
breaker_place_header (Breaker       *b,
                      MeasuredTable *table,
                      double        *space)
{
  if (header_needed (b, table) > 0)
    {
      place (b->page, table->header_item, b->y + *space);
      b->y += *space + table->header->height;
      *space = 0;
    }
  b->header_on_page = table;
}

static void
breaker_place (Breaker *b,
               Item    *item,
               double   space)
{
  place (b->page, item, b->y + space);
  b->y += space + item->height;
}

/* The part of @row between the row y positions @start and @end. */
static Item *
row_part (Pagination *p,
          const Item *row,
          double      start,
          double      end)
{
  double pad = row->table->pad_y;
  Item *part = g_new0 (Item, 1);

  *part = *row;
  part->top = start;
  part->bottom = end;
  part->first_part = start <= 0;
  part->last_part = end >= row->row->height;
  part->height = end - start + (part->first_part ? 0 : pad) + (part->last_part ? 0 : pad);
  part->keep_with_next = row->keep_with_next && part->last_part;
  g_ptr_array_add (p->parts, part);

  return part;
}

/* The lowest break between lines below @start that fits @available, or -1. */
static double
find_break (const Item *row,
            double      start,
            double      available)
{
  const MeasuredRow *mr = row->row;
  double pad = row->table->pad_y;
  double lead = start > 0 ? pad : 0;
  double end = -1;

  for (guint i = 0; i < mr->breaks->len; i++)
    {
      double b = g_array_index (mr->breaks, double, i);

      if (b > start + EPSILON && b - start + lead + pad <= available + EPSILON)
        end = b;
    }

  return end;
}

/* A row taller than a page starts where it is and goes on over the pages
 * after it, cut between lines, under the repeated header. */
static void
break_tall_row (Breaker *b,
                Item    *row,
                double   space)
{
  Pagination *p = b->p;
  double height = row->row->height;
  double pad = row->table->pad_y;
  double start = 0;

  while (TRUE)
    {
      double lead = start > 0 ? pad : 0;
      double available = p->body_height - b->y - space - header_needed (b, row->table);
      double end;
      Item *part;

      if (height - start + lead <= available + EPSILON)
        end = height;
      else
        end = find_break (row, start, available);

      if (end < 0)
        {
          if (b->y > 0)
            {
              breaker_new_page (b);
              space = 0;
              continue;
            }
          /* Only a single line taller than a page gets here. */
          end = MIN (height, start + MAX (available - lead - pad, 1));
        }

      breaker_place_header (b, row->table, &space);
      part = row_part (p, row, start, end);
      breaker_place (b, part, space);
      space = 0;

      if (part->last_part)
        break;

      breaker_new_page (b);
      start = end;
    }
}

static void
break_pages (Pagination *p)
{
  Breaker b = { p, NULL, NULL, 0 };

  breaker_new_page (&b);

  for (guint i = 0; i < p->items->len; i++)
    {
      Item *item = g_ptr_array_index (p->items, i);
      gboolean is_row = item->kind == ITEM_TABLE_ROW;
      double space, need, header = 0;

      if (item->kind == ITEM_BREAK)
        {
          if (b.page->len > 0)
            breaker_new_page (&b);
          continue;
        }

      if (item->kind == ITEM_SPACE)
        {
          if (b.y > 0)
            b.y = MIN (b.y + item->height, p->body_height);
          continue;
        }

      space = b.y > 0 ? item->space_before : 0;

      if (is_row && item->height > p->body_height - (item->table->header != NULL ? item->table->header->height : 0))
        {
          break_tall_row (&b, item, space);
          continue;
        }

      need = chain_height (p, i);
      /* A chain taller than a page cannot be kept together. */
      if (need > p->body_height)
        need = item->height;

      if (is_row)
        header = header_needed (&b, item->table);

      /* A long row that does not fit starts here when a few of its lines do. */
      if (b.y > 0 && is_splittable_row (p, item) &&
          b.y + space + header + item->height > p->body_height + EPSILON &&
          b.y + space + header + first_piece_height (item) <= p->body_height + EPSILON)
        {
          break_tall_row (&b, item, space);
          continue;
        }

      if (b.y > 0 && b.y + space + header + need > p->body_height + EPSILON)
        {
          breaker_new_page (&b);
          space = 0;
        }

      if (is_row)
        breaker_place_header (&b, item->table, &space);
      else if (item->kind == ITEM_TABLE_HEADER)
        b.header_on_page = item->table;

      breaker_place (&b, item, space);
    }
}

static void
pagination_free (Pagination *p)
{
  g_clear_object (&p->context);
  g_clear_object (&p->header_left);
  g_clear_object (&p->header_right);
  g_clear_object (&p->footer_left);
  g_clear_pointer (&p->items, g_ptr_array_unref);
  g_clear_pointer (&p->parts, g_ptr_array_unref);
  g_clear_pointer (&p->tables, g_ptr_array_unref);
  g_clear_pointer (&p->pages, g_ptr_array_unref);
  g_free (p);
}

static char *
format_page_number (const char *format,
                    guint       page,
                    guint       n_pages)
{
  GString *str = g_string_new (NULL);

  for (const char *c = format; *c != '\0'; c++)
    {
      if (c[0] == '%' && c[1] == 'N')
        {
          g_string_append_printf (str, "%u", page);
          c++;
        }
      else if (c[0] == '%' && c[1] == 'Q')
        {
          g_string_append_printf (str, "%u", n_pages);
          c++;
        }
      else
        g_string_append_c (str, *c);
    }

  return g_string_free (str, FALSE);
}

static const char *
page_format (const Content *content)
{
  if (content->page_format != NULL)
    return content->page_format;

  /* Translators: the page number in a printed document's footer: %N is the
   * page, %Q the number of pages (keep both). */
  return polku_print_gettext (content->language, N_("%N / %Q"));
}

static void
layout_margins (Pagination         *p,
                PolkuPrintDocument *doc)
{
  const Content *content = doc->content;
  const char *lang = content->language;
  g_autofree char *left = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *sample = NULL;
  g_autoptr(PangoLayout) page_layout = NULL;
  double header_height = 0, left_height = 0;

  if (content->organisation != NULL && *content->organisation != '\0' &&
      content->workshop != NULL && *content->workshop != '\0')
    left = g_strdup_printf ("%s\n%s", content->organisation, content->workshop);
  else if (content->organisation != NULL && *content->organisation != '\0')
    left = g_strdup (content->organisation);
  else if (content->workshop != NULL && *content->workshop != '\0')
    left = g_strdup (content->workshop);

  if (left != NULL)
    {
      p->header_left = make_line_layout (p, lang, left, FALSE, 0.55 * p->width - 6, PANGO_ALIGN_LEFT);
      left_height = layout_height (p->header_left);
    }
  p->header_right = make_line_layout (p, lang, content->title, TRUE, 0.45 * p->width - 6, PANGO_ALIGN_RIGHT);
  header_height = MAX (left_height, layout_height (p->header_right));

  if (content->left_text != NULL)
    footer = g_strdup (content->left_text);
  else
    {
      g_autofree char *date = polku_print_document_format_date (doc, content->date);

      /* Translators: in a printed document's footer; %s is the date. */
      footer = g_strdup_printf (polku_print_gettext (lang, N_("Printed %s")), date);
    }
  p->footer_left = make_line_layout (p, lang, footer, FALSE, 0.6 * p->width, PANGO_ALIGN_LEFT);

  sample = format_page_number (page_format (content), 888, 888);
  page_layout = make_line_layout (p, lang, sample, FALSE, 0.35 * p->width, PANGO_ALIGN_RIGHT);

  p->body_top = header_height + 3 + HEADER_GAP;
  p->footer_top = p->height - MAX (layout_height (p->footer_left), layout_height (page_layout));
  p->body_height = p->footer_top - 3 - FOOTER_GAP - p->body_top;
}

static void
draw_margins (DrawState  *ds,
              Pagination *p,
              const char *language,
              const char *format,
              guint       page_nr)
{
  cairo_t *cr = ds->cr;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) page_layout = NULL;
  double header_bottom = p->body_top - HEADER_GAP;

  set_colour (cr, &secondary_colour);
  if (p->header_left != NULL)
    draw_layout (ds, p->header_left, 0, 0);
  draw_layout (ds, p->header_right, 0.55 * p->width + 6, 0);
  draw_hline (cr, 0, p->width, header_bottom, RULE_WIDTH, &rule_colour);

  number = format_page_number (format, page_nr + 1, p->pages->len);
  page_layout = make_line_layout (p, language, number, FALSE, 0.35 * p->width, PANGO_ALIGN_RIGHT);

  draw_hline (cr, 0, p->width, p->footer_top - 3, RULE_WIDTH, &rule_colour);
  set_colour (cr, &secondary_colour);
  draw_layout (ds, p->footer_left, 0, p->footer_top);
  draw_layout (ds, page_layout, 0.65 * p->width, p->footer_top);
}

/**
 * polku_print_document_paginate:
 * @context: a Pango context with the target's resolution in points (see
 *   polku_print_create_pango_context(), or gtk_print_context_create_pango_context()
 *   with GTK_UNIT_POINTS)
 * @page_width: the printable area's width in points (the sheet less its margins)
 * @page_height: the printable area's height in points
 *
 * Lays the document out on pages of the printable area; draw_page then draws
 * with (0, 0) at its top left corner. Seals the document.
 *
 * Returns: the number of pages (at least 1), or 0 with @error set
 */
guint
polku_print_document_paginate (PolkuPrintDocument  *doc,
                               PangoContext        *context,
                               double               page_width,
                               double               page_height,
                               GError             **error)
{
  Pagination *p;

  g_return_val_if_fail (doc != NULL, 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  g_clear_pointer (&doc->pagination, pagination_free);
  doc->content->sealed = TRUE;

  if (!isfinite (page_width) || !isfinite (page_height) || page_width < 144 || page_height < 144)
    {
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("The paper is too small to print on"));
      return 0;
    }

  p = g_new0 (Pagination, 1);
  p->context = g_object_ref (context);
  p->width = page_width;
  p->height = page_height;
  p->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  p->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  p->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) measured_table_free);
  p->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  layout_margins (p, doc);
  if (p->body_height < 72)
    {
      pagination_free (p);
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("The paper is too small to print on"));
      return 0;
    }

  build_items (p, doc->content);
  break_pages (p);

  doc->pagination = p;
  return p->pages->len;
}

guint
polku_print_document_get_n_pages (PolkuPrintDocument *doc)
{
  g_return_val_if_fail (doc != NULL, 0);

  return doc->pagination != NULL ? doc->pagination->pages->len : 0;
}

static void
draw_page (PolkuPrintDocument *doc,
           DrawState          *ds,
           guint               page_nr)
{
  Pagination *p = doc->pagination;
  GArray *page = g_ptr_array_index (p->pages, page_nr);
  cairo_t *cr = ds->cr;
  const MeasuredTable *previous_table = NULL;

  cairo_save (cr);

  draw_margins (ds, p, doc->content->language, page_format (doc->content), page_nr);

  for (guint i = 0; i < page->len; i++)
    {
      const Placed *placed = &g_array_index (page, Placed, i);
      Item *item = placed->item;
      gboolean is_row = item->kind == ITEM_TABLE_ROW || item->kind == ITEM_TABLE_HEADER;

      cairo_save (cr);
      draw_item (ds, p, item, p->body_top + placed->y, is_row && previous_table != item->table);
      cairo_restore (cr);

      previous_table = is_row ? item->table : NULL;
    }

  cairo_restore (cr);
}

/**
 * polku_print_document_draw_page:
 * @cr: drawn on with (0, 0) at the printable area's top left corner, in points
 * @page_nr: from 0
 *
 * Draws one page as paginated; the page's background is left alone.
 */
void
polku_print_document_draw_page (PolkuPrintDocument *doc,
                                cairo_t            *cr,
                                guint               page_nr)
{
  DrawState ds = { cr, NULL };

  g_return_if_fail (doc != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (doc->pagination != NULL);
  g_return_if_fail (page_nr < doc->pagination->pages->len);

  draw_page (doc, &ds, page_nr);
}

/* Private: tests */

void
_polku_print_text_box_free (PolkuPrintTextBox *box)
{
  g_free (box->text);
  g_free (box);
}

GPtrArray *
_polku_print_document_get_text_boxes (PolkuPrintDocument *doc,
                                      guint               page_nr)
{
  cairo_surface_t *surface;
  DrawState ds;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (doc->pagination != NULL, NULL);
  g_return_val_if_fail (page_nr < doc->pagination->pages->len, NULL);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  ds.cr = cairo_create (surface);
  ds.boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) _polku_print_text_box_free);

  draw_page (doc, &ds, page_nr);

  cairo_destroy (ds.cr);
  cairo_surface_destroy (surface);
  return ds.boxes;
}
