/* polku-pdf-export.c: print documents to PDF with cairo, without GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-pdf-export"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "polku-pdf-export.h"

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

typedef struct
{
  PolkuPrintDocument *doc;
  char               *path;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->doc, polku_print_document_unref);
  g_free (data->path);
  g_free (data);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }

      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static void
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: %s is a file name, then the system's reason. */
  g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_IO,
               _("Could not save “%s”: %s"), display, g_strerror (saved_errno));
}

/* Draws every page of @doc (which this function may paginate) into @sink. */
static gboolean
write_pdf (PolkuPrintDocument  *doc,
           Sink                *sink,
           GCancellable        *cancellable,
           GError             **error)
{
  PangoFontMap *font_map;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  /* A font map of its own: this may run in a worker thread. */
  font_map = pango_cairo_font_map_new ();
  context = polku_print_create_pango_context (font_map);

  n_pages = polku_print_document_paginate (doc, context, POLKU_PRINTABLE_WIDTH,
                                           POLKU_PRINTABLE_HEIGHT, error);
  /* The pagination keeps its own reference to the context. */
  g_object_unref (context);
  g_object_unref (font_map);
  if (n_pages == 0)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_cb, sink, POLKU_PAGE_WIDTH, POLKU_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, polku_print_document_get_title (doc));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Polku");
  cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;

      cairo_save (cr);
      cairo_translate (cr, POLKU_PAGE_MARGIN_LEFT, POLKU_PAGE_MARGIN_TOP);
      polku_print_document_draw_page (doc, cr, i);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (sink->saved_errno != 0)
    {
      errno = sink->saved_errno;
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("Could not draw the document: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/* Writes beside @path and renames, so that a failure leaves no half file
 * and an existing file is replaced only by a complete one. */
static gboolean
export_to_file (PolkuPrintDocument  *doc,
                const char          *path,
                GCancellable        *cancellable,
                GError             **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmpl = NULL;
  g_autofree char *tmp_name = NULL;
  GError *local_error = NULL;
  Sink sink = { -1, 0 };

  tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  tmpl = g_build_filename (dir, tmp_name, NULL);

  sink.fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      set_io_error (error, path, errno);
      return FALSE;
    }

  errno = 0;
  if (!write_pdf (doc, &sink, cancellable, &local_error))
    {
      int saved_errno = errno;

      g_close (sink.fd, NULL);
      g_unlink (tmpl);
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      else
        set_io_error (error, path, saved_errno);
      return FALSE;
    }

  if (fsync (sink.fd) != 0 || !g_close (sink.fd, NULL))
    {
      int saved_errno = errno;

      g_unlink (tmpl);
      set_io_error (error, path, saved_errno);
      return FALSE;
    }

  if (g_rename (tmpl, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmpl);
      set_io_error (error, path, saved_errno);
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_pdf_export_to_file:
 * @path: the PDF file to write (replaced if it exists)
 *
 * Paginates a copy of @doc on A4 with Polku's margins and writes every page.
 */
gboolean
polku_pdf_export_to_file (PolkuPrintDocument  *doc,
                          const char          *path,
                          GError             **error)
{
  g_autoptr(PolkuPrintDocument) copy = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  copy = polku_print_document_copy (doc);
  return export_to_file (copy, path, NULL, error);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  GError *error = NULL;

  if (export_to_file (data->doc, data->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * polku_pdf_export_async:
 *
 * As polku_pdf_export_to_file(), in a worker thread; @cancellable is
 * checked between pages. @doc is sealed and the
 * thread works on its own copy, so @doc may be used (or released) at once;
 * its drawing callbacks then run in that thread.
 */
void
polku_pdf_export_async (PolkuPrintDocument  *doc,
                        const char          *path,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *data;

  g_return_if_fail (doc != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (ExportData, 1);
  data->doc = polku_print_document_copy (doc);
  data->path = g_strdup (path);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_pdf_export_async);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
polku_pdf_export_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == polku_pdf_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
