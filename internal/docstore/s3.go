package docstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
)

// S3Config configures an S3 store.
type S3Config struct {
	// Endpoint is the S3 service: host[:port], or a URL with the scheme
	// (http:// needs Insecure).
	Endpoint string
	Bucket   string
	// Region of the bucket; empty: asked to the service.
	Region string
	// Prefix is put before every key, so that several installations (or
	// other data) can share a bucket; "capofila" and "capofila/" are the
	// same.
	Prefix string
	// AccessKey and SecretKey are the credentials, both required.
	AccessKey, SecretKey string
	// Insecure talks plain HTTP to the endpoint (a service on the same
	// host or network only).
	Insecure bool
	// TempDir is where uploads are spooled before they are sent; empty:
	// the system's temporary folder.
	TempDir string
}

// S3 is a Store in a bucket of an S3-compatible object storage (MinIO,
// Ceph, Garage, AWS, …), shared by every replica of the server. Objects
// are named Prefix + key, with the keys of Disk ("ab/abcd…", the SHA-256 of
// the content), so a Disk folder copied into the bucket (without its tmp/
// folder) is readable as it is.
type S3 struct {
	client  *minio.Client
	bucket  string
	prefix  string
	tempDir string
}

// s3Timeout bounds the requests of a Put (a 20 MB upload on a slow
// network included) and the bucket check; downloads stream for as long as
// the reader is read.
const s3Timeout = 5 * time.Minute

// NewS3 connects to the object storage and checks that the bucket exists
// and can be reached with the credentials: a misconfigured store fails at
// start, not at the first upload.
func NewS3(ctx context.Context, cfg S3Config) (*S3, error) {
	host, secure, err := s3Endpoint(cfg.Endpoint, cfg.Insecure)
	if err != nil {
		return nil, err
	}
	switch {
	case cfg.Bucket == "":
		return nil, errors.New("docstore: the S3 bucket is not set")
	case cfg.AccessKey == "" || cfg.SecretKey == "":
		return nil, errors.New("docstore: the S3 access key and secret key are both required")
	}
	client, err := minio.New(host, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, ""),
		Secure: secure,
		Region: cfg.Region,
	})
	if err != nil {
		return nil, fmt.Errorf("docstore: S3 endpoint %s: %w", cfg.Endpoint, err)
	}
	s := &S3{client: client, bucket: cfg.Bucket, prefix: s3Prefix(cfg.Prefix), tempDir: cfg.TempDir}
	if s.tempDir == "" {
		s.tempDir = os.TempDir()
	}
	ctx, cancel := context.WithTimeout(ctx, s3Timeout)
	defer cancel()
	ok, err := client.BucketExists(ctx, cfg.Bucket)
	if err != nil {
		return nil, fmt.Errorf("docstore: checking the S3 bucket %q at %s: %w", cfg.Bucket, cfg.Endpoint, err)
	}
	if !ok {
		return nil, fmt.Errorf("docstore: the S3 bucket %q does not exist at %s: create it (with versioning) first", cfg.Bucket, cfg.Endpoint)
	}
	return s, nil
}

// s3Endpoint returns the host[:port] minio-go wants and whether to use
// TLS. A scheme, when given, must agree with insecure.
func s3Endpoint(endpoint string, insecure bool) (host string, secure bool, err error) {
	if endpoint == "" {
		return "", false, errors.New("docstore: the S3 endpoint is not set")
	}
	if !strings.Contains(endpoint, "://") {
		return endpoint, !insecure, nil
	}
	u, err := url.Parse(endpoint)
	if err != nil {
		return "", false, fmt.Errorf("docstore: S3 endpoint %q: %w", endpoint, err)
	}
	if u.Path != "" && u.Path != "/" {
		return "", false, fmt.Errorf("docstore: S3 endpoint %q: no path allowed (the bucket has its own setting)", endpoint)
	}
	switch {
	case u.Scheme == "https" && !insecure:
		return u.Host, true, nil
	case u.Scheme == "http" && insecure:
		return u.Host, false, nil
	case u.Scheme == "http":
		return "", false, fmt.Errorf("docstore: S3 endpoint %q is plain HTTP: allow it explicitly (insecure)", endpoint)
	case u.Scheme == "https":
		return "", false, fmt.Errorf("docstore: S3 endpoint %q is HTTPS but plain HTTP (insecure) was asked", endpoint)
	}
	return "", false, fmt.Errorf("docstore: S3 endpoint %q: scheme must be http or https", endpoint)
}

// s3Prefix normalises a key prefix: no leading slash, one trailing slash.
func s3Prefix(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return ""
	}
	return p + "/"
}

// Put implements Store, with the checks and errors of Disk.Put. The upload
// is spooled to a temporary file while hashed and measured (the key must
// be known before the object is written, and a single PUT of known length
// is atomic: no half object is ever visible), then sent in one request
// with its MD5, which the service checks. Bytes already in the bucket are
// not sent again.
func (s *S3) Put(r io.Reader, filename string) (Stored, error) {
	sp, err := spool(r, filename, s.tempDir)
	if err != nil {
		return Stored{}, err
	}
	defer func() { _ = os.Remove(sp.file) }()
	ctx, cancel := context.WithTimeout(context.Background(), s3Timeout)
	defer cancel()
	if err := s.putFile(ctx, sp.Key, sp.file, sp.Size, sp.MIMEType); err != nil {
		return Stored{}, err
	}
	return sp.Stored, nil
}

// PutFile puts the bytes of a file under key unless the bucket has them
// already. It is for restoring a backup, whose documents were checked
// against their content key by the caller: no type is detected and no size
// limit applies.
func (s *S3) PutFile(ctx context.Context, key, file string) error {
	if !validKey(key) {
		return fmt.Errorf("docstore: bad key %q", key)
	}
	info, err := os.Stat(file)
	if err != nil {
		return err
	}
	return s.putFile(ctx, key, file, info.Size(), "application/octet-stream")
}

func (s *S3) putFile(ctx context.Context, key, file string, size int64, mimeType string) error {
	name := s.prefix + key
	switch info, err := s.client.StatObject(ctx, s.bucket, name, minio.StatObjectOptions{}); {
	case err == nil && info.Size == size:
		return nil // same key, same bytes: an upload of known content is idempotent
	case err != nil && !isNoSuchKey(err):
		return fmt.Errorf("docstore: looking for %s in the S3 bucket %q: %w", name, s.bucket, err)
	}
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = s.client.PutObject(ctx, s.bucket, name, f, size, minio.PutObjectOptions{
		ContentType:      mimeType,
		DisableMultipart: true, // at most MaxSize: one request, atomic
		SendContentMd5:   true,
	})
	if err != nil {
		return fmt.Errorf("docstore: storing %s in the S3 bucket %q: %w", name, s.bucket, err)
	}
	return nil
}

// Open implements Store. A missing object is an *fs.PathError wrapping
// fs.ErrNotExist, as a missing file of Disk.
func (s *S3) Open(key string) (io.ReadCloser, error) {
	if !validKey(key) {
		return nil, fmt.Errorf("docstore: bad key %q", key)
	}
	name := s.prefix + key
	obj, err := s.client.GetObject(context.Background(), s.bucket, name, minio.GetObjectOptions{})
	if err != nil {
		return nil, fmt.Errorf("docstore: reading %s from the S3 bucket %q: %w", name, s.bucket, err)
	}
	// GetObject is lazy: Stat sends the GET, so a missing object is known
	// now and not at the first Read.
	if _, err := obj.Stat(); err != nil {
		_ = obj.Close()
		if isNoSuchKey(err) {
			return nil, &fs.PathError{Op: "open", Path: "s3://" + s.bucket + "/" + name, Err: fs.ErrNotExist}
		}
		return nil, fmt.Errorf("docstore: reading %s from the S3 bucket %q: %w", name, s.bucket, err)
	}
	return obj, nil
}

func isNoSuchKey(err error) bool {
	resp := minio.ToErrorResponse(err)
	return resp.Code == minio.NoSuchKey || resp.StatusCode == http.StatusNotFound && resp.Code != minio.NoSuchBucket
}
