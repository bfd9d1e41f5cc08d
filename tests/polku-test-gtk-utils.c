/* polku-test-gtk-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "polku-test-gtk-utils.h"
#include "polku-test-utils.h"

static gboolean
has_text_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));
      return text != NULL && *text != '\0';
    }

  if (GTK_IS_IMAGE (widget))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_get_visible (child) && has_text_label (child))
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_control (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TAB:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
has_accessible_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (accessible);
  GtkWidget *ancestor;

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  /* Buttons, links, tabs and menu items take their name from their text. */
  if (role != GTK_ACCESSIBLE_ROLE_TEXT_BOX && role != GTK_ACCESSIBLE_ROLE_SEARCH_BOX &&
      role != GTK_ACCESSIBLE_ROLE_SPIN_BUTTON && role != GTK_ACCESSIBLE_ROLE_SLIDER &&
      has_text_label (widget))
    return TRUE;

  /* A text field inside a labelled entry or row is named by it. */
  for (ancestor = gtk_widget_get_parent (widget); ancestor != NULL; ancestor = gtk_widget_get_parent (ancestor))
    {
      if (ADW_IS_PREFERENCES_ROW (ancestor) || GTK_IS_ENTRY (ancestor) ||
          GTK_IS_SEARCH_ENTRY (ancestor) || GTK_IS_SPIN_BUTTON (ancestor))
        {
          if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (ancestor), GTK_ACCESSIBLE_PROPERTY_LABEL) ||
              gtk_test_accessible_has_relation (GTK_ACCESSIBLE (ancestor), GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
              (ADW_IS_PREFERENCES_ROW (ancestor) &&
               adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ancestor))[0] != '\0'))
            return TRUE;
        }
    }

  return FALSE;
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *unnamed)
{
  GtkAccessibleRole role;

  /* What is not on screen (an unrevealed search bar) is not in anyone's way. */
  if (!gtk_widget_get_mapped (widget))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  if (is_control (role) && gtk_widget_get_can_target (widget) && !has_accessible_name (widget))
    g_string_append_printf (unnamed, "%s (%s) in %s\n",
                            G_OBJECT_TYPE_NAME (widget),
                            gtk_widget_get_name (widget),
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

/**
 * polku_test_assert_all_controls_named:
 *
 * Fails the test, listing them, when a control on screen under @root has no
 * accessible name (a label, a labelling relation, or text of its own).
 */
void
polku_test_assert_all_controls_named (GtkWidget *root)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);

  collect_unnamed (root, unnamed);
  if (unnamed->len > 0)
    g_error ("Controls without an accessible name:\n%s", unnamed->str);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             guint     *nth)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      if (*nth == 0)
        return root;
      (*nth)--;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, nth);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * polku_test_find_widget:
 * @nth: 0 for the first one in depth-first order, 1 for the second…
 *
 * Returns: (transfer none) (nullable): a widget of @type under @root (or @root)
 */
GtkWidget *
polku_test_find_widget (GtkWidget *root,
                        GType      type,
                        guint      nth)
{
  return find_widget (root, type, &nth);
}

guint
polku_test_count_widgets (GtkWidget *root,
                          GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += polku_test_count_widgets (child, type);

  return n;
}

GtkWidget *
polku_test_find_first (GtkWidget     *root,
                       gboolean     (*match) (GtkWidget     *widget,
                                              gconstpointer  data),
                       gconstpointer  data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = polku_test_find_first (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_is (GtkWidget     *widget,
          gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/**
 * polku_test_find_label:
 *
 * Returns: (transfer none) (nullable): the first #GtkLabel under @root showing @text
 */
GtkWidget *
polku_test_find_label (GtkWidget  *root,
                       const char *text)
{
  return polku_test_find_first (root, label_is, text);
}

static void
wait_done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Runs the main loop for a while, so that idles, timeouts and layout happen. */
void
polku_test_wait (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add_once (milliseconds, wait_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @condition holds; the test's timeout catches a hang. */
void
polku_test_wait_for (gboolean (*condition) (gpointer data),
                     gpointer   data)
{
  while (!condition (data))
    polku_test_wait (10);
}

void
polku_test_wait_frames (GtkWidget *widget,
                        guint      n)
{
  for (guint i = 0; i < n; i++)
    gtk_test_widget_wait_for_draw (widget);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GdkTexture *
polku_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
polku_test_save_png (GtkWidget  *widget,
                     const char *path)
{
  g_autoptr(GdkTexture) texture = polku_test_render_widget (widget);

  g_assert_true (gdk_texture_save_to_png (texture, path));
}

void
polku_test_screenshot_light_dark (GtkWidget  *window,
                                  const char *name)
{
  const char *dir = g_getenv ("POLKU_TEST_SHOTS");
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (dir == NULL)
    return;

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *path = NULL;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      polku_test_wait (450);
      polku_test_wait_frames (window, 3);
      path = g_strdup_printf ("%s/%s-%s.png", dir, name, dark ? "dark" : "light");
      polku_test_save_png (window, path);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

char *
polku_test_gtk_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  char *user_dirs;

  setlocale (LC_ALL, "C.UTF-8");
  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (argc, argv, NULL);
  gtk_init ();
  adw_init ();

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return user_dirs;
}

gpointer
polku_test_find_toplevel (GType    type,
                          gboolean visible_only)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && (!visible_only || gtk_widget_get_visible (window)))
        return window;
    }
  return NULL;
}

GtkWidget *
polku_test_present_window (GtkWidget *child,
                           int        width,
                           int        height)
{
  GtkWidget *window = adw_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_window_set_content (ADW_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  polku_test_wait_frames (window, 2);
  return window;
}
