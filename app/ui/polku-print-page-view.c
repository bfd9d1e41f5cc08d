/* polku-print-page-view.c: one page of a print document, drawn as paper.
 *
 * The page is laid out exactly as the PDF export lays it out (A4, Polku's
 * margins, a 72 dpi Pango context) and scaled onto the screen, either to
 * the width available or at its real size (a point is 96/72 pixels).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-print-page-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "polku-print-page-view.h"

/* Room around the sheet for its shadow. */
#define PAD 18
#define ACTUAL_SCALE (96.0 / 72.0)
#define MIN_WIDTH 120

struct _PolkuPrintPageView
{
  GtkWidget           parent_instance;

  /* Owned */
  PolkuPrintDocument *document;
  PolkuPrintDocument *pages;    /* a copy, paginated for the screen */
  guint               page;
  gboolean            fit_width;
};

G_DEFINE_FINAL_TYPE (PolkuPrintPageView, polku_print_page_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_FIT_WIDTH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static double
scale_for_width (PolkuPrintPageView *self,
                 double              width)
{
  if (!self->fit_width)
    return ACTUAL_SCALE;

  return MAX (width - 2 * PAD, MIN_WIDTH - 2 * PAD) / POLKU_PAGE_WIDTH;
}

static void
update_accessible_label (PolkuPrintPageView *self)
{
  guint n_pages = polku_print_page_view_get_n_pages (self);
  g_autofree char *label = NULL;

  if (n_pages == 0)
    label = g_strdup (_("No pages to show"));
  else
    /* Translators: the page shown in the print preview, e.g. "Page 2 of 5". */
    label = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->document != NULL ? polku_print_document_get_title (self->document) : "",
                                  -1);
}

/* GtkWidget overrides */

static GtkSizeRequestMode
polku_print_page_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
polku_print_page_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  PolkuPrintPageView *self = POLKU_PRINT_PAGE_VIEW (widget);
  int actual_width = 2 * PAD + (int) ceil (POLKU_PAGE_WIDTH * ACTUAL_SCALE);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->fit_width)
        {
          *minimum = MIN_WIDTH;
          *natural = 2 * PAD + (int) ceil (POLKU_PAGE_WIDTH);
        }
      else
        *minimum = *natural = actual_width;
    }
  else
    {
      double width = for_size >= 0 ? for_size : 2 * PAD + POLKU_PAGE_WIDTH;

      *minimum = *natural = 2 * PAD + (int) ceil (POLKU_PAGE_HEIGHT * scale_for_width (self, width));
    }
}

static void
polku_print_page_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  PolkuPrintPageView *self = POLKU_PRINT_PAGE_VIEW (widget);
  static const GdkRGBA paper = { 1, 1, 1, 1 };
  static const GdkRGBA shadow = { 0, 0, 0, 0.28 };
  double width = gtk_widget_get_width (widget);
  double scale = scale_for_width (self, width);
  double page_width = POLKU_PAGE_WIDTH * scale;
  double page_height = POLKU_PAGE_HEIGHT * scale;
  double x = MAX (PAD, floor ((width - page_width) / 2));
  double y = PAD;
  graphene_rect_t sheet;
  GskRoundedRect outline;
  cairo_t *cr;

  graphene_rect_init (&sheet, x, y, page_width, page_height);
  gsk_rounded_rect_init_from_rect (&outline, &sheet, 0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 2, 1, 6);
  gtk_snapshot_append_color (snapshot, &paper, &sheet);

  if (self->pages == NULL || self->page >= polku_print_document_get_n_pages (self->pages))
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &sheet);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, POLKU_PAGE_MARGIN_LEFT, POLKU_PAGE_MARGIN_TOP);
  polku_print_document_draw_page (self->pages, cr, self->page);
  cairo_destroy (cr);
}

/* GObject overrides */

static void
polku_print_page_view_finalize (GObject *object)
{
  PolkuPrintPageView *self = (PolkuPrintPageView *)object;

  g_clear_pointer (&self->document, polku_print_document_unref);
  g_clear_pointer (&self->pages, polku_print_document_unref);

  G_OBJECT_CLASS (polku_print_page_view_parent_class)->finalize (object);
}

static void
polku_print_page_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuPrintPageView *self = POLKU_PRINT_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_boxed (value, self->document);
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, polku_print_page_view_get_n_pages (self));
      break;

    case PROP_FIT_WIDTH:
      g_value_set_boolean (value, self->fit_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_print_page_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuPrintPageView *self = POLKU_PRINT_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      polku_print_page_view_set_document (self, g_value_get_boxed (value));
      break;

    case PROP_PAGE:
      polku_print_page_view_set_page (self, g_value_get_uint (value));
      break;

    case PROP_FIT_WIDTH:
      polku_print_page_view_set_fit_width (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_print_page_view_class_init (PolkuPrintPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = polku_print_page_view_finalize;
  object_class->get_property = polku_print_page_view_get_property;
  object_class->set_property = polku_print_page_view_set_property;

  widget_class->get_request_mode = polku_print_page_view_get_request_mode;
  widget_class->measure = polku_print_page_view_measure;
  widget_class->snapshot = polku_print_page_view_snapshot;

  properties [PROP_DOCUMENT] =
    g_param_spec_boxed ("document", NULL, NULL,
                        POLKU_TYPE_PRINT_DOCUMENT,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_FIT_WIDTH] =
    g_param_spec_boolean ("fit-width", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "polku-print-page-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
polku_print_page_view_init (PolkuPrintPageView *self)
{
  self->fit_width = TRUE;
  update_accessible_label (self);
}

GtkWidget *
polku_print_page_view_new (void)
{
  return g_object_new (POLKU_TYPE_PRINT_PAGE_VIEW, NULL);
}

PolkuPrintDocument *
polku_print_page_view_get_document (PolkuPrintPageView *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self), NULL);

  return self->document;
}

/**
 * polku_print_page_view_set_document:
 * @document: (nullable): the document; it is sealed and shown from a copy
 *
 * Shows the document's first page.
 */
void
polku_print_page_view_set_document (PolkuPrintPageView *self,
                                    PolkuPrintDocument *document)
{
  g_autoptr(GError) error = NULL;
  PangoContext *context;

  g_return_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self));

  if (document == self->document)
    return;

  g_clear_pointer (&self->document, polku_print_document_unref);
  g_clear_pointer (&self->pages, polku_print_document_unref);

  if (document != NULL)
    {
      self->document = polku_print_document_ref (document);
      self->pages = polku_print_document_copy (document);

      /* The same layout as the PDF: a context at 72 dpi, A4 less margins. */
      context = polku_print_create_pango_context (NULL);
      if (polku_print_document_paginate (self->pages, context, POLKU_PRINTABLE_WIDTH,
                                         POLKU_PRINTABLE_HEIGHT, &error) == 0)
        {
          g_debug ("Cannot show the document: %s", error->message);
          g_clear_pointer (&self->pages, polku_print_document_unref);
        }
      g_object_unref (context);
    }

  self->page = 0;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAGE]);
}

guint
polku_print_page_view_get_n_pages (PolkuPrintPageView *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self), 0);

  return self->pages != NULL ? polku_print_document_get_n_pages (self->pages) : 0;
}

guint
polku_print_page_view_get_page (PolkuPrintPageView *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self), 0);

  return self->page;
}

/* @page counts from 0; past the end shows the last page. */
void
polku_print_page_view_set_page (PolkuPrintPageView *self,
                                guint               page)
{
  guint n_pages;

  g_return_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self));

  n_pages = polku_print_page_view_get_n_pages (self);
  page = n_pages > 0 ? MIN (page, n_pages - 1) : 0;
  if (page == self->page)
    return;

  self->page = page;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAGE]);
}

gboolean
polku_print_page_view_get_fit_width (PolkuPrintPageView *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self), FALSE);

  return self->fit_width;
}

/* TRUE scales the page to the width available, FALSE shows it at 100 %. */
void
polku_print_page_view_set_fit_width (PolkuPrintPageView *self,
                                     gboolean            fit_width)
{
  g_return_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self));

  fit_width = !!fit_width;
  if (fit_width == self->fit_width)
    return;

  self->fit_width = fit_width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FIT_WIDTH]);
}

/* Screen pixels per point as last laid out. */
double
polku_print_page_view_get_scale (PolkuPrintPageView *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PAGE_VIEW (self), 1);

  return scale_for_width (self, gtk_widget_get_width (GTK_WIDGET (self)));
}
