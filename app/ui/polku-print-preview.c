/* polku-print-preview.c: the pages of a print document, one at a time.
 *
 * Pages are drawn by the same layout engine that prints and exports PDF,
 * on A4 with Polku's margins. GTK 4.8's own preview would start an external
 * program (evince), so Polku does not use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-print-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-print-page-view.h"
#include "polku-print-preview.h"

#define ZOOM_FIT_WIDTH   "fit-width"
#define ZOOM_ACTUAL_SIZE "actual-size"

struct _PolkuPrintPreview
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkCenterBox       *toolbar;
  GtkLabel           *page_label;
  GtkScrolledWindow  *scroller;
  PolkuPrintPageView *page_view;

  /* Owned */
  char               *zoom;
};

G_DEFINE_FINAL_TYPE (PolkuPrintPreview, polku_print_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PAGE,
  PROP_N_PAGES,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
update (PolkuPrintPreview *self)
{
  guint n_pages = polku_print_page_view_get_n_pages (self->page_view);
  guint page = polku_print_page_view_get_page (self->page_view);
  g_autofree char *label = NULL;

  if (n_pages == 0)
    label = g_strdup (_("No pages"));
  else
    /* Translators: the page shown in the print preview, e.g. "Page 2 of 5". */
    label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  gtk_label_set_label (self->page_label, label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", page + 1 < n_pages);
}

/* Callbacks */

static void
page_view_notify_page_cb (PolkuPrintPreview *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  /* A new page is read from its top. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAGE]);
}

static void
page_view_notify_n_pages_cb (PolkuPrintPreview *self)
{
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_PAGES]);
}

/* Actions */

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PolkuPrintPreview *self = POLKU_PRINT_PREVIEW (widget);
  guint page = polku_print_page_view_get_page (self->page_view);

  if (page > 0)
    polku_print_page_view_set_page (self->page_view, page - 1);
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PolkuPrintPreview *self = POLKU_PRINT_PREVIEW (widget);

  polku_print_page_view_set_page (self->page_view, polku_print_page_view_get_page (self->page_view) + 1);
}

/* GObject overrides */

static void
polku_print_preview_dispose (GObject *object)
{
  PolkuPrintPreview *self = (PolkuPrintPreview *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PRINT_PREVIEW);
  /* The separator is not bound to a template child. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (polku_print_preview_parent_class)->dispose (object);
}

static void
polku_print_preview_finalize (GObject *object)
{
  PolkuPrintPreview *self = (PolkuPrintPreview *)object;

  g_free (self->zoom);

  G_OBJECT_CLASS (polku_print_preview_parent_class)->finalize (object);
}

static void
polku_print_preview_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuPrintPreview *self = POLKU_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_boxed (value, polku_print_preview_get_document (self));
      break;

    case PROP_PAGE:
      g_value_set_uint (value, polku_print_preview_get_page (self));
      break;

    case PROP_N_PAGES:
      g_value_set_uint (value, polku_print_preview_get_n_pages (self));
      break;

    case PROP_ZOOM:
      g_value_set_string (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_print_preview_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuPrintPreview *self = POLKU_PRINT_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      polku_print_preview_set_document (self, g_value_get_boxed (value));
      break;

    case PROP_PAGE:
      polku_print_preview_set_page (self, g_value_get_uint (value));
      break;

    case PROP_ZOOM:
      polku_print_preview_set_zoom (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_print_preview_class_init (PolkuPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_print_preview_dispose;
  object_class->finalize = polku_print_preview_finalize;
  object_class->get_property = polku_print_preview_get_property;
  object_class->set_property = polku_print_preview_set_property;

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

  /* "fit-width" or "actual-size" (100 %). */
  properties [PROP_ZOOM] =
    g_param_spec_string ("zoom", NULL, NULL,
                         ZOOM_FIT_WIDTH,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-print-preview.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, PolkuPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPrintPreview, page_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuPrintPreview, scroller);
  gtk_widget_class_bind_template_child (widget_class, PolkuPrintPreview, toolbar);

  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_property_action (widget_class, "preview.zoom", "zoom");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "preview.next-page", NULL);

  g_type_ensure (POLKU_TYPE_PRINT_PAGE_VIEW);
}

static void
polku_print_preview_init (PolkuPrintPreview *self)
{
  self->zoom = g_strdup (ZOOM_FIT_WIDTH);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  g_signal_connect_object (self->page_view, "notify::page",
                           G_CALLBACK (page_view_notify_page_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->page_view, "notify::n-pages",
                           G_CALLBACK (page_view_notify_n_pages_cb), self, G_CONNECT_SWAPPED);
  update (self);
}

GtkWidget *
polku_print_preview_new (void)
{
  return g_object_new (POLKU_TYPE_PRINT_PREVIEW, NULL);
}

PolkuPrintDocument *
polku_print_preview_get_document (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), NULL);

  return polku_print_page_view_get_document (self->page_view);
}

/**
 * polku_print_preview_set_document:
 * @document: (nullable): the document to show, from its first page; it is
 *   sealed (the preview lays out a copy)
 */
void
polku_print_preview_set_document (PolkuPrintPreview  *self,
                                  PolkuPrintDocument *document)
{
  g_return_if_fail (POLKU_IS_PRINT_PREVIEW (self));

  if (document == polku_print_page_view_get_document (self->page_view))
    return;

  polku_print_page_view_set_document (self->page_view, document);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->page_view),
                               document != NULL ? polku_print_document_get_title (document) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
}

guint
polku_print_preview_get_n_pages (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), 0);

  return polku_print_page_view_get_n_pages (self->page_view);
}

guint
polku_print_preview_get_page (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), 0);

  return polku_print_page_view_get_page (self->page_view);
}

/* @page counts from 0. */
void
polku_print_preview_set_page (PolkuPrintPreview *self,
                              guint              page)
{
  g_return_if_fail (POLKU_IS_PRINT_PREVIEW (self));

  polku_print_page_view_set_page (self->page_view, page);
}

const char *
polku_print_preview_get_zoom (PolkuPrintPreview *self)
{
  g_return_val_if_fail (POLKU_IS_PRINT_PREVIEW (self), NULL);

  return self->zoom;
}

void
polku_print_preview_set_zoom (PolkuPrintPreview *self,
                              const char        *zoom)
{
  g_return_if_fail (POLKU_IS_PRINT_PREVIEW (self));

  /* Anything unknown is the default. */
  if (g_strcmp0 (zoom, ZOOM_ACTUAL_SIZE) != 0)
    zoom = ZOOM_FIT_WIDTH;

  if (g_strcmp0 (zoom, self->zoom) == 0)
    return;

  g_free (self->zoom);
  self->zoom = g_strdup (zoom);
  polku_print_page_view_set_fit_width (self->page_view, g_str_equal (zoom, ZOOM_FIT_WIDTH));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}
