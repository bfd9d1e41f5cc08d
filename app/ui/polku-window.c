/* polku-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-window"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-start-page.h"
#include "polku-window.h"

struct _PolkuWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  PolkuStartPage       *start_page;

  /* Owned */
  PolkuContext         *context;
};

G_DEFINE_FINAL_TYPE (PolkuWindow, polku_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
restore_state (PolkuWindow *self)
{
  GSettings *settings = polku_context_get_settings (self->context);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Actions */

static void
polku_window_show_section_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  polku_window_show_section (POLKU_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* GtkWindow overrides */

static gboolean
polku_window_close_request (GtkWindow *window)
{
  PolkuWindow *self = POLKU_WINDOW (window);
  GSettings *settings = polku_context_get_settings (self->context);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  /* Remember the unmaximised size, so that unmaximising next time is sensible. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (polku_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
polku_window_constructed (GObject *object)
{
  PolkuWindow *self = (PolkuWindow *)object;

  G_OBJECT_CLASS (polku_window_parent_class)->constructed (object);

  g_assert (POLKU_IS_CONTEXT (self->context));

  polku_start_page_set_context (self->start_page, self->context);
  restore_state (self);
}

static void
polku_window_dispose (GObject *object)
{
  PolkuWindow *self = (PolkuWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_window_parent_class)->dispose (object);
}

static void
polku_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_class_init (PolkuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = polku_window_constructed;
  object_class->dispose = polku_window_dispose;
  object_class->get_property = polku_window_get_property;
  object_class->set_property = polku_window_set_property;

  window_class->close_request = polku_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", polku_window_show_section_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-section", "s", "start");

  g_type_ensure (POLKU_TYPE_START_PAGE);
}

static void
polku_window_init (PolkuWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

PolkuWindow *
polku_window_new (PolkuApplication *application,
                  PolkuContext     *context)
{
  g_return_val_if_fail (POLKU_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  return g_object_new (POLKU_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

PolkuContext *
polku_window_get_context (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->context;
}

void
polku_window_show_section (PolkuWindow *self,
                           const char  *name)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

void
polku_window_add_toast (PolkuWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
