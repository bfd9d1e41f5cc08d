/* polku-print-layout.h: the GTK-free page layout shared by printing, preview and PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* A4 in points: every Polku document is printed on A4. */
#define POLKU_PAGE_WIDTH  595.2756
#define POLKU_PAGE_HEIGHT 841.8898

/* The sheet's margins in points (20 mm at the sides, 15 mm at the top and
 * bottom). The header and footer are drawn inside the printable area. */
#define POLKU_PAGE_MARGIN_TOP    42.5197
#define POLKU_PAGE_MARGIN_BOTTOM 42.5197
#define POLKU_PAGE_MARGIN_LEFT   56.6929
#define POLKU_PAGE_MARGIN_RIGHT  56.6929

/* The printable area of an A4 sheet inside the margins above. */
#define POLKU_PRINTABLE_WIDTH  (POLKU_PAGE_WIDTH - POLKU_PAGE_MARGIN_LEFT - POLKU_PAGE_MARGIN_RIGHT)
#define POLKU_PRINTABLE_HEIGHT (POLKU_PAGE_HEIGHT - POLKU_PAGE_MARGIN_TOP - POLKU_PAGE_MARGIN_BOTTOM)

/* Families tried in order; fontconfig falls back for missing glyphs. */
#define POLKU_PRINT_FONT_FAMILY "Cantarell, DejaVu Sans"

#define POLKU_PRINT_ERROR (polku_print_error_quark ())

#define POLKU_TYPE_PRINT_DOCUMENT (polku_print_document_get_type ())

typedef enum
{
  POLKU_PRINT_ERROR_FAILED,
  POLKU_PRINT_ERROR_IO,
} PolkuPrintError;

typedef enum
{
  POLKU_PRINT_TEXT_BODY,      /* 10 pt */
  POLKU_PRINT_TEXT_STRONG,    /* 10 pt bold */
  POLKU_PRINT_TEXT_EMPHASIS,  /* 10 pt italic */
  POLKU_PRINT_TEXT_SMALL,     /* 8.5 pt, grey: notes, sources, "in Finnish" marks */
  POLKU_PRINT_TEXT_LEAD,      /* 12 pt: the opening line of a certificate */
} PolkuPrintTextStyle;

typedef struct _PolkuPrintDocument PolkuPrintDocument;
typedef struct _PolkuPrintTable    PolkuPrintTable;

typedef struct
{
  const char *name;   /* printed under the line; NULL or "" leaves it for a hand */
  const char *title;  /* the role, e.g. "Työvalmentaja"; may be NULL */
} PolkuPrintSignature;

/**
 * PolkuPrintDrawFunc:
 * @cr: a context whose origin is the drawing's top left corner, clipped to
 *   @width × @height points
 * @width: the width of the text column in points
 * @height: the height given to polku_print_document_add_drawing()
 * @user_data: the data given with the function
 *
 * Draws a chart. The function may run in a worker thread (PDF export), so it
 * must only read @user_data. Use polku_print_create_layout() for text.
 */
typedef void (*PolkuPrintDrawFunc) (cairo_t  *cr,
                                    double    width,
                                    double    height,
                                    gpointer  user_data);

GQuark               polku_print_error_quark               (void);

GType                polku_print_document_get_type         (void) G_GNUC_CONST;
PolkuPrintDocument  *polku_print_document_new              (const char                *title,
                                                            const char                *language);
PolkuPrintDocument  *polku_print_document_ref              (PolkuPrintDocument        *doc);
void                 polku_print_document_unref            (PolkuPrintDocument        *doc);
PolkuPrintDocument  *polku_print_document_copy             (PolkuPrintDocument        *doc);
const char          *polku_print_document_get_title        (PolkuPrintDocument        *doc);
const char          *polku_print_document_get_language     (PolkuPrintDocument        *doc);
gboolean             polku_print_document_is_sealed        (PolkuPrintDocument        *doc);

/* Header, footer and date: strings are already in the document's language. */
void                 polku_print_document_set_header       (PolkuPrintDocument        *doc,
                                                            const char                *organisation,
                                                            const char                *workshop);
void                 polku_print_document_set_footer       (PolkuPrintDocument        *doc,
                                                            const char                *page_format,
                                                            const char                *left_text);
void                 polku_print_document_set_date         (PolkuPrintDocument        *doc,
                                                            GDateTime                 *printed);
char                *polku_print_document_format_date      (PolkuPrintDocument        *doc,
                                                            GDateTime                 *date);

/* Blocks, in reading order. Text is plain text unless the name says markup. */
void                 polku_print_document_set_alignment    (PolkuPrintDocument        *doc,
                                                            PangoAlignment             alignment);
void                 polku_print_document_add_heading      (PolkuPrintDocument        *doc,
                                                            guint                      level,
                                                            const char                *text);
void                 polku_print_document_add_paragraph    (PolkuPrintDocument        *doc,
                                                            const char                *text);
void                 polku_print_document_add_text         (PolkuPrintDocument        *doc,
                                                            PolkuPrintTextStyle        style,
                                                            const char                *text);
void                 polku_print_document_add_markup       (PolkuPrintDocument        *doc,
                                                            PolkuPrintTextStyle        style,
                                                            const char                *markup);
void                 polku_print_document_add_key_value    (PolkuPrintDocument        *doc,
                                                            const char                *key,
                                                            const char                *value);
void                 polku_print_document_add_bullet       (PolkuPrintDocument        *doc,
                                                            guint                      level,
                                                            const char                *text);
PolkuPrintTable     *polku_print_document_add_table        (PolkuPrintDocument        *doc,
                                                            guint                      n_columns,
                                                            const double              *widths,
                                                            const char * const        *header);
void                 polku_print_document_add_signatures   (PolkuPrintDocument        *doc,
                                                            const char                *place_date_label,
                                                            const char                *place_date,
                                                            const PolkuPrintSignature *signatures,
                                                            guint                      n_signatures);
void                 polku_print_document_add_progress     (PolkuPrintDocument        *doc,
                                                            const char                *label,
                                                            double                     value,
                                                            double                     max,
                                                            const char                *value_text);
void                 polku_print_document_add_drawing      (PolkuPrintDocument        *doc,
                                                            double                     height,
                                                            PolkuPrintDrawFunc         draw,
                                                            gpointer                   user_data,
                                                            GDestroyNotify             destroy);
void                 polku_print_document_add_rule         (PolkuPrintDocument        *doc);
void                 polku_print_document_add_spacing      (PolkuPrintDocument        *doc,
                                                            double                     points);
void                 polku_print_document_add_page_break   (PolkuPrintDocument        *doc);

/* Tables: rows are added through the handle until the document is sealed. */
void                 polku_print_table_set_column_alignment (PolkuPrintTable          *table,
                                                             guint                     column,
                                                             PangoAlignment            alignment);
void                 polku_print_table_set_min_row_height   (PolkuPrintTable          *table,
                                                             double                    points);
void                 polku_print_table_add_row              (PolkuPrintTable          *table,
                                                             const char * const       *cells);
void                 polku_print_table_add_row_markup       (PolkuPrintTable          *table,
                                                             const char * const       *cells);
void                 polku_print_table_add_section          (PolkuPrintTable          *table,
                                                             const char               *text);

/* Pagination and drawing. */
PangoContext        *polku_print_create_pango_context      (PangoFontMap              *font_map);
PangoLayout         *polku_print_create_layout             (cairo_t                   *cr);
guint                polku_print_document_paginate         (PolkuPrintDocument        *doc,
                                                            PangoContext              *context,
                                                            double                     page_width,
                                                            double                     page_height,
                                                            GError                   **error);
guint                polku_print_document_get_n_pages      (PolkuPrintDocument        *doc);
void                 polku_print_document_draw_page        (PolkuPrintDocument        *doc,
                                                            cairo_t                   *cr,
                                                            guint                      page_nr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuPrintDocument, polku_print_document_unref)

G_END_DECLS
