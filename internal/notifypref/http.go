package notifypref

import (
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"time"
)

// timeNow is the clock of the unsubscribe link's last use.
var timeNow = time.Now

// page is the one small HTML page of the unsubscribe link.
var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="robots" content="noindex"><title>{{.Title}} – Capofila</title>
<style>body{font-family:'Titillium Web',Geneva,Tahoma,sans-serif;color:#17324d;max-width:40em;margin:3em auto;padding:0 1em}
button{background:#0066cc;color:#fff;border:0;padding:.6em 1.2em;font-size:1em;border-radius:4px;cursor:pointer}a{color:#0066cc}</style>
</head><body><h1>{{.Title}}</h1><p>{{.Text}}</p>
{{if .Token}}<form method="post" action="{{.Action}}"><input type="hidden" name="t" value="{{.Token}}"><button type="submit">Non ricevere più e-mail</button></form>{{end}}
<p><a href="/impostazioni/notifiche">Scegli quali e-mail ricevere</a> (dopo l'accesso).</p>
</body></html>
`))

type pageData struct{ Title, Text, Token, Action string }

// Handler serves UnsubscribePath without signing in. GET shows a page
// asking to confirm and changes nothing (mail scanners open links); POST,
// from that page or as the one-click unsubscribe of RFC 8058 (body
// "List-Unsubscribe=One-Click"), turns off every e-mail of the link's
// user. An unknown secret is a 400 page and changes nothing.
func (s *Service) Handler(log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Referrer-Policy", "no-referrer")
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			s.confirm(w, r)
		case http.MethodPost:
			s.unsubscribe(w, r, log)
		default:
			w.Header().Set("Allow", "GET, HEAD, POST")
			http.Error(w, "Metodo non ammesso.", http.StatusMethodNotAllowed)
		}
	})
}

// confirm is the page of GET: valid link or not, nothing changes.
func (s *Service) confirm(w http.ResponseWriter, r *http.Request) {
	tok := r.URL.Query().Get("t")
	if _, err := s.tokenUser(r.Context(), tok); err != nil {
		s.invalid(w, err)
		return
	}
	show(w, http.StatusOK, pageData{Title: "Non ricevere più e-mail",
		Text:  "Confermando, Capofila non ti invierà più e-mail per nessun tipo di notifica. Le notifiche resteranno visibili nell'app, e potrai riattivare le e-mail dalle impostazioni.",
		Token: tok, Action: UnsubscribePath})
}

// unsubscribe is POST: the secret comes in the query (the one-click POST
// goes to the List-Unsubscribe URL) or in the form (the page's button).
func (s *Service) unsubscribe(w http.ResponseWriter, r *http.Request, log *slog.Logger) {
	r.Body = http.MaxBytesReader(w, r.Body, 4096)
	tok := r.URL.Query().Get("t")
	if tok == "" {
		tok = r.PostFormValue("t")
	}
	if err := s.Unsubscribe(r.Context(), tok); err != nil {
		s.invalid(w, err)
		if !errors.Is(err, errBadToken) && log != nil {
			log.Error("unsubscribe", "err", err)
		}
		return
	}
	show(w, http.StatusOK, pageData{Title: "Fatto: niente più e-mail",
		Text: "Capofila non ti invierà più e-mail. Le notifiche restano visibili nell'app; puoi riattivare le e-mail in Impostazioni › Notifiche."})
}

// invalid answers a link that does not work: 400 for an unknown secret,
// 500 when the database failed.
func (s *Service) invalid(w http.ResponseWriter, err error) {
	if errors.Is(err, errBadToken) {
		show(w, http.StatusBadRequest, pageData{Title: "Link non valido",
			Text: "Il link non è valido o non è più attivo: nessuna impostazione è stata cambiata. Puoi scegliere quali e-mail ricevere dalle impostazioni di Capofila."})
		return
	}
	show(w, http.StatusInternalServerError, pageData{Title: "Errore",
		Text: "Non è stato possibile completare l'operazione: nessuna impostazione è stata cambiata. Riprova più tardi."})
}

func show(w http.ResponseWriter, status int, d pageData) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_ = page.Execute(w, d)
}
